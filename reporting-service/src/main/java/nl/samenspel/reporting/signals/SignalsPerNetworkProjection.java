package nl.samenspel.reporting.signals;

import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link SignalsPerNetwork} from case and partner events. The reader has already checked each
 * record against its schema; what fails that check is dead-lettered and never reaches here.
 */
@Component
class SignalsPerNetworkProjection {

    static final String CONSUMER = "reporting-service.signals-per-network";
    private static final Logger log = LoggerFactory.getLogger(SignalsPerNetworkProjection.class);

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final SignalsPerNetwork counts;

    SignalsPerNetworkProjection(IntegrationEventReader reader, ProcessedEvents processed, SignalsPerNetwork counts) {
        this.reader = reader;
        this.processed = processed;
        this.counts = counts;
    }

    @KafkaListener(id = CONSUMER, topics = {Topics.CASE_EVENTS, Topics.PARTNER_EVENTS})
    void on(ConsumerRecord<String, byte[]> record) {
        reader.read(record).ifPresent(this::apply);
    }

    void apply(IntegrationEventEnvelope envelope) {
        boolean applied = false;
        if (envelope.payload() instanceof SignalRaisedV1 signal) {
            applied = processed.runOnce(CONSUMER, envelope.id(), () -> counts.count(signal));
        } else if (envelope.payload() instanceof NetworkRegisteredV1 network) {
            applied = processed.runOnce(CONSUMER, envelope.id(), () -> counts.describe(network));
        }
        log.debug("{} {} {}", envelope.type(), envelope.id(), applied ? "applied" : "skipped");
    }
}
