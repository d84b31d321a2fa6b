package nl.samenspel.partners.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.InformalPartyRepresentedV1;
import nl.samenspel.contracts.partners.InformalRepresentativeAppointedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationInvitedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.junit.jupiter.api.Test;

/** Each stored network event as other services receive it, checked against its published schema. */
class NetworkIntegrationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant AT = Instant.parse("2026-11-24T09:15:00.123456Z");
    private static final NetworkId NETWORK = NetworkId.of("oggz-zuiderhaven");
    private static final OrganisationId GGZ = OrganisationId.of("ggz-zuiderhaven");
    private static final PersonId PERSON = PersonId.of("6f1c2a1e-0000-4000-8000-000000000001");

    @Test
    void networkRegistered() throws Exception {
        assertPublishes(new NetworkIntegrationEvents(), new NetworkRegistered(NETWORK, "OGGZ-netwerk Zuiderhaven",
                NetworkType.OGGZ, "GM9901", OrganisationId.of("ggd-zuiderhaven"), AT), new NetworkRegisteredV1(
                NETWORK.value(), "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", AT));
    }

    @Test
    void networkConfiguredWithSortedListsAndInclusionCriteria() throws Exception {
        NetworkConfiguration configuration = new NetworkConfiguration(
                Set.of(LegalBasis.HIGHER_INTEREST_OVERRIDE, LegalBasis.NONE_YET), true,
                Set.of(Sector.POLICE, Sector.GGD), Set.of(Ring.OUTER), false, 18, 120,
                Set.of("WK990102", "BU99010201", "WK990101"), "Volwassenen met zorgen over hun woonsituatie.");

        assertPublishes(new NetworkIntegrationEvents.Configured(), new NetworkConfigured(NETWORK, configuration, AT),
                new NetworkConfiguredV1(NETWORK.value(), List.of(LegalBasis.NONE_YET,
                        LegalBasis.HIGHER_INTEREST_OVERRIDE), true, List.of(Sector.GGD, Sector.POLICE),
                        List.of(Ring.OUTER), false, 18, 120, List.of("BU99010201", "WK990101", "WK990102"),
                        "Volwassenen met zorgen over hun woonsituatie.", AT));
    }

    @Test
    void anOpenNetworkWithoutInclusionCriteriaFitsTheSchemaToo() throws Exception {
        assertPublishes(new NetworkIntegrationEvents.Configured(), new NetworkConfigured(NETWORK,
                NetworkTest.NEIGHBOURHOOD, AT), new NetworkConfiguredV1(NETWORK.value(), List.of(LegalBasis.NONE_YET,
                LegalBasis.EXPLICIT_CONSENT), false, List.of(), List.of(Ring.CORE, Ring.OUTER), true, null, null,
                List.of(), null, AT));
    }

    @Test
    void informalRepresentativeAppointed() throws Exception {
        assertPublishes(new NetworkIntegrationEvents.RepresentativeAppointed(),
                new InformalRepresentativeAppointed(NETWORK, PERSON, GGZ, AT),
                new InformalRepresentativeAppointedV1(NETWORK.value(), PERSON.asString(), GGZ.value(), AT));
    }

    @Test
    void informalPartyRepresented() throws Exception {
        assertPublishes(new NetworkIntegrationEvents.PartyRepresented(),
                new InformalPartyRepresented(NETWORK, OrganisationId.of("voedselbank"), PERSON, AT),
                new InformalPartyRepresentedV1(NETWORK.value(), "voedselbank", PERSON.asString(), AT));
    }

    @Test
    void organisationInvitedLeavesThePartyKindAndSectorBehind() throws Exception {
        assertPublishes(new MembershipIntegrationEvents.Invited(),
                new OrganisationInvited(NETWORK, GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH, AT),
                new OrganisationInvitedV1(NETWORK.value(), GGZ.value(), Ring.CORE, AT));
    }

    @Test
    void memberJoined() throws Exception {
        assertPublishes(new MembershipIntegrationEvents.Joined(), new MemberJoined(NETWORK, GGZ, Ring.OUTER, AT),
                new MemberJoinedV1(NETWORK.value(), GGZ.value(), Ring.OUTER, AT));
    }

    @Test
    void memberMoved() throws Exception {
        assertPublishes(new MembershipIntegrationEvents.Moved(),
                new MemberMoved(NETWORK, GGZ, Ring.OUTER, Ring.CORE, AT),
                new MemberMovedV1(NETWORK.value(), GGZ.value(), Ring.OUTER, Ring.CORE, AT));
    }

    @Test
    void memberLeft() throws Exception {
        assertPublishes(new MembershipIntegrationEvents.Left(),
                new MemberLeft(NETWORK, GGZ, Ring.CORE, LeaveReason.REMOVED_BY_COORDINATOR, AT),
                new MemberLeftV1(NETWORK.value(), GGZ.value(), Ring.CORE, LeaveReason.REMOVED_BY_COORDINATOR, AT));
    }

    @Test
    void covenantSigned() throws Exception {
        assertPublishes(new MembershipIntegrationEvents.Signed(),
                new CovenantSigned(NETWORK, GGZ, PERSON, SignatoryLevel.TEAM_LEAD, AT),
                new CovenantSignedV1(NETWORK.value(), GGZ.value(), PERSON.asString(), SignatoryLevel.TEAM_LEAD, AT));
    }

    @Test
    void covenantWithdrawn() throws Exception {
        assertPublishes(new MembershipIntegrationEvents.Withdrawn(), new CovenantWithdrawn(NETWORK, GGZ, AT),
                new CovenantWithdrawnV1(NETWORK.value(), GGZ.value(), AT));
    }

    private static <E> void assertPublishes(IntegrationEventTranslator<E> translator, E stored,
            IntegrationEvent expected) throws Exception {
        assertThat(translator.sourceType()).isEqualTo(stored.getClass());
        IntegrationEvent published = translator.translate(stored);
        assertThat(published).isEqualTo(expected);
        assertThat(published.subject()).isEqualTo(NETWORK.value());
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(published.getClass()));
        try (InputStream schema = published.getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(JSON.valueToTree(published))).as(resource).isEmpty();
        }
    }
}
