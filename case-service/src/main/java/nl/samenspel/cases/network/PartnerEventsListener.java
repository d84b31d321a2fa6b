package nl.samenspel.cases.network;

import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Replicates partner facts case-service decides on. */
@Component
class PartnerEventsListener {

    static final String CONSUMER = "case-service.partner-facts";

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final NetworkDirectory networks;

    PartnerEventsListener(IntegrationEventReader reader, ProcessedEvents processed, NetworkDirectory networks) {
        this.reader = reader;
        this.processed = processed;
        this.networks = networks;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PARTNER_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        reader.read(record).ifPresent(envelope -> {
            if (envelope.payload() instanceof NetworkRegisteredV1 registered) {
                processed.runOnce(CONSUMER, envelope.id(), () -> networks.register(registered));
            }
        });
    }
}
