package nl.samenspel.partnerfacts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.InformalPartyRepresentedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import nl.samenspel.testsupport.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Partner-service's events as the projection receives them, with fresh ids so tests never share facts. */
final class PartnerEvents {

    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private PartnerEvents() {
    }

    /** The projection on the shared test database, as one service ("test-service") runs it. */
    static PartnerFactsProjection projection(JdbcTemplate jdbc) {
        DataSource dataSource = jdbc.getDataSource();
        return new PartnerFactsProjection(new IntegrationEventReader(new ObjectMapper()),
                new ProcessedEvents(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))),
                new PartnerFactsTables(jdbc), "test-service");
    }

    static JdbcTemplate database() {
        return new JdbcTemplate(TestInfrastructure.migratedDataSource());
    }

    static IntegrationEventEnvelope envelope(IntegrationEvent payload) {
        return envelope(UUID.randomUUID().toString(), payload);
    }

    static IntegrationEventEnvelope envelope(String id, IntegrationEvent payload) {
        return new IntegrationEventEnvelope(id, CloudEventTypes.of(payload.getClass()).value(), "/samenspel/partner-service",
                payload.subject(), Instant.now(), Optional.of("coordinator"), Optional.of("ggd-zuiderhaven"), payload);
    }

    static String networkId() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String organisationId() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String personId() {
        return UUID.randomUUID().toString();
    }

    static NetworkRegisteredV1 networkRegistered(String networkId) {
        return new NetworkRegisteredV1(networkId, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901",
                "ggd-zuiderhaven", T0);
    }

    static NetworkConfiguredV1 configured(String networkId, boolean informalOptionFirst, Instant at) {
        return new NetworkConfiguredV1(networkId, List.of(LegalBasis.INFORMED_CONSENT,
                LegalBasis.HIGHER_INTEREST_OVERRIDE), true, List.of(Sector.GGD, Sector.HOUSING), List.of(Ring.OUTER),
                informalOptionFirst, 18, null, List.of("WK990101"), "Volwassenen in Zuiderhaven", at);
    }

    static OrganisationRegisteredV1 organisationRegistered(String organisationId, KindOfParty kindOfParty) {
        return new OrganisationRegisteredV1(organisationId, "Stichting Test", KindOfHelp.INFORMAL, kindOfParty,
                OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT, Sector.VOLUNTEER_ORGANISATION, "GM9901",
                List.of("WK990101"), T0);
    }

    static MemberJoinedV1 joined(String networkId, String organisationId, Ring ring, Instant at) {
        return new MemberJoinedV1(networkId, organisationId, ring, at);
    }

    static MemberMovedV1 moved(String networkId, String organisationId, Ring from, Ring to, Instant at) {
        return new MemberMovedV1(networkId, organisationId, from, to, at);
    }

    static MemberLeftV1 left(String networkId, String organisationId, Ring ring, Instant at) {
        return new MemberLeftV1(networkId, organisationId, ring, LeaveReason.FUNDING_ENDED, at);
    }

    static CovenantSignedV1 covenantSigned(String networkId, String organisationId, Instant at) {
        return new CovenantSignedV1(networkId, organisationId, UUID.randomUUID().toString(), SignatoryLevel.BOARD, at);
    }

    static CovenantWithdrawnV1 covenantWithdrawn(String networkId, String organisationId, Instant at) {
        return new CovenantWithdrawnV1(networkId, organisationId, at);
    }

    static InformalPartyRepresentedV1 represented(String networkId, String organisationId) {
        return new InformalPartyRepresentedV1(networkId, organisationId, UUID.randomUUID().toString(), T0);
    }

    static PersonRegisteredV1 person(String personId, PersonKind kind, String organisationId) {
        return new PersonRegisteredV1(personId, kind, organisationId, T0);
    }

    static ConfidentialityUndertakingSignedV1 undertaking(String personId, String networkId) {
        return new ConfidentialityUndertakingSignedV1(personId, networkId, T0);
    }

    static VolunteerAgreementConcludedV1 agreement(String agreementId, String volunteerId, String organisationId,
            LocalDate startsOn, LocalDate endsOn) {
        return new VolunteerAgreementConcludedV1(agreementId, volunteerId, organisationId,
                List.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.TRANSPORT),
                List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), startsOn, endsOn, CapacityUnit.CASES, 2, T0);
    }

    static VolunteerAgreementEndedV1 agreementEnded(String agreementId, String volunteerId, String organisationId,
            LocalDate endedOn) {
        return new VolunteerAgreementEndedV1(agreementId, volunteerId, organisationId, endedOn);
    }
}
