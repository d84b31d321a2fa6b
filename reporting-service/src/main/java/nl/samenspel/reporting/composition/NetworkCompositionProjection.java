package nl.samenspel.reporting.composition;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerLoadChangedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link NetworkComposition} from partner events. The reader has already checked each record against its
 * schema; what fails that check is dead-lettered and never reaches here. Network names and coordinators come
 * from the signals feature's network facts.
 */
@Component
class NetworkCompositionProjection {

    static final String CONSUMER = "reporting-service.network-composition";
    private static final Logger log = LoggerFactory.getLogger(NetworkCompositionProjection.class);

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final NetworkComposition composition;

    NetworkCompositionProjection(IntegrationEventReader reader, ProcessedEvents processed,
            NetworkComposition composition) {
        this.reader = reader;
        this.processed = processed;
        this.composition = composition;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTNER_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        reader.read(record).ifPresent(this::apply);
    }

    void apply(IntegrationEventEnvelope envelope) {
        Runnable change = change(envelope.payload());
        boolean applied = change != null && processed.runOnce(CONSUMER, envelope.id(), change);
        log.debug("{} {} {}", envelope.type(), envelope.id(), applied ? "applied" : "skipped");
    }

    private Runnable change(IntegrationEvent event) {
        if (event instanceof OrganisationRegisteredV1 e) {
            return () -> composition.describe(e);
        } else if (event instanceof MemberJoinedV1 e) {
            return () -> composition.joined(e);
        } else if (event instanceof MemberMovedV1 e) {
            return () -> composition.moved(e);
        } else if (event instanceof MemberLeftV1 e) {
            return () -> composition.left(e);
        } else if (event instanceof VolunteerAgreementConcludedV1 e) {
            return () -> composition.concluded(e);
        } else if (event instanceof VolunteerLoadChangedV1 e) {
            return () -> composition.loadChanged(e);
        } else if (event instanceof VolunteerOverloadFlaggedV1 e) {
            return () -> composition.overloadFlagged(e);
        } else if (event instanceof VolunteerOverloadClearedV1 e) {
            return () -> composition.overloadCleared(e);
        } else if (event instanceof VolunteerAgreementEndedV1 e) {
            return () -> composition.ended(e);
        }
        return null;
    }
}
