package nl.samenspel.partners.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.Need;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.contracts.partners.ServiceChangedV1;
import nl.samenspel.contracts.partners.ServiceOfferedV1;
import nl.samenspel.contracts.partners.ServiceWithdrawnV1;
import nl.samenspel.shared.messaging.CloudEventMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** What the social map publishes: whole, sorted descriptions that fit their schemas as CloudEvents. */
class SocialMapIntegrationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final CloudEventMapper CLOUD_EVENTS = new CloudEventMapper(JSON, "/samenspel/partner-service");
    private static final Instant AT = Instant.parse("2026-11-24T09:15:00.123456Z");
    private static final ServiceId SERVICE = ServiceId.of("lotgenotengroep-rouw");
    private static final OrganisationId ORGANISATION = OrganisationId.of("lotgenoten-zuiderhaven");
    private static final ServiceDescription DESCRIPTION = new ServiceDescription("Lotgenotengroep rouw",
            "Elke tweede dinsdag van de maand, anoniem.", Set.of(Need.PEER_SUPPORT, Need.LONELINESS),
            KindOfHelp.INFORMAL, Set.of("WK990102", "BU99010101"), null, "Inloop buurthuis De Brug, dinsdag 19-21 uur");

    @Test
    void anOfferedServiceIsPublishedWithSortedNeedsAndNeighbourhoodsAndFitsItsSchema() throws Exception {
        IntegrationEvent published = new ServiceOfferedIntegrationEvents()
                .translate(new ServiceOffered(SERVICE, ORGANISATION, DESCRIPTION, AT));

        assertThat(published).isEqualTo(new ServiceOfferedV1(SERVICE.value(), ORGANISATION.value(),
                "Lotgenotengroep rouw", "Elke tweede dinsdag van de maand, anoniem.",
                List.of(Need.LONELINESS, Need.PEER_SUPPORT), KindOfHelp.INFORMAL, List.of("BU99010101", "WK990102"),
                null, "Inloop buurthuis De Brug, dinsdag 19-21 uur", AT));
        assertFitsItsSchema(published);
    }

    @Test
    void aChangedServiceIsPublishedWholeAndFitsItsSchema() throws Exception {
        ServiceDescription changed = new ServiceDescription("Lotgenotengroep rouw en verlies",
                DESCRIPTION.description(), Set.of(Need.PEER_SUPPORT), KindOfHelp.INFORMAL, Set.of("WK990102"), 15,
                DESCRIPTION.howToReach());

        IntegrationEvent published = new ServiceChangedIntegrationEvents()
                .translate(new ServiceChanged(SERVICE, ORGANISATION, changed, AT));

        assertThat(published).isEqualTo(new ServiceChangedV1(SERVICE.value(), ORGANISATION.value(),
                "Lotgenotengroep rouw en verlies", DESCRIPTION.description(), List.of(Need.PEER_SUPPORT),
                KindOfHelp.INFORMAL, List.of("WK990102"), 15, DESCRIPTION.howToReach(), AT));
        assertFitsItsSchema(published);
    }

    @Test
    void aWithdrawnServiceIsPublishedAndFitsItsSchema() throws Exception {
        IntegrationEvent published = new ServiceWithdrawnIntegrationEvents()
                .translate(new ServiceWithdrawn(SERVICE, ORGANISATION, AT));

        assertThat(published).isEqualTo(new ServiceWithdrawnV1(SERVICE.value(), ORGANISATION.value(), AT));
        assertFitsItsSchema(published);
    }

    private static void assertFitsItsSchema(IntegrationEvent event) throws Exception {
        ProducerRecord<String, byte[]> record = CLOUD_EVENTS.toRecord("samenspel.partner.events",
                GenericEventMessage.asEventMessage(event), event);
        assertThat(record.key()).isEqualTo(SERVICE.value());
        assertThat(new String(record.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8))
                .isEqualTo(SERVICE.value());
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo(CloudEventTypes.of(event.getClass()).value());
        JsonNode data = JSON.readTree(record.value());
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(event.getClass()));
        try (InputStream schema = event.getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data))
                    .isEmpty();
        }
    }
}
