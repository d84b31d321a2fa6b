package nl.samenspel.reporting.signals;

import java.util.regex.Pattern;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.MalformedIntegrationEvent;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link SignalsPerNetwork} from case and partner events. */
@Component
class SignalsPerNetworkProjection {

    static final String CONSUMER = "reporting-service.signals-per-network";
    private static final Logger log = LoggerFactory.getLogger(SignalsPerNetworkProjection.class);
    /** From the NetworkRegistered v1 schema, and the width of {@code reported_network.name}. */
    private static final int MAX_NAME_LENGTH = 120;
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");

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
            requireValid(envelope, signal);
            applied = processed.runOnce(CONSUMER, envelope.id(), () -> counts.count(signal));
        } else if (envelope.payload() instanceof NetworkRegisteredV1 network) {
            requireValid(envelope, network);
            applied = processed.runOnce(CONSUMER, envelope.id(), () -> counts.describe(network));
        }
        log.debug("{} {} {}", envelope.type(), envelope.id(), applied ? "applied" : "skipped");
    }

    /*
     * The reader only checks that the payload parses; a record that parses but breaks its schema (a missing
     * network, a name longer than the column) would otherwise fail in the database on every retry and block
     * its partition for good, or, with a missing formality, be counted as informal. Such a record can never
     * succeed, so it is refused as malformed and goes to the dead-letter topic. Only what this projection
     * uses is checked (tolerant reader).
     */

    private static void requireValid(IntegrationEventEnvelope envelope, SignalRaisedV1 signal) {
        if (!NetworkId.isValid(signal.networkId())) {
            throw malformed(envelope, "networkId");
        }
        if (signal.formality() == null) {
            throw malformed(envelope, "formality");
        }
    }

    private static void requireValid(IntegrationEventEnvelope envelope, NetworkRegisteredV1 network) {
        if (!NetworkId.isValid(network.networkId())) {
            throw malformed(envelope, "networkId");
        }
        if (network.name() == null || network.name().isBlank() || network.name().length() > MAX_NAME_LENGTH) {
            throw malformed(envelope, "name");
        }
        if (network.type() == null) {
            throw malformed(envelope, "type");
        }
        if (network.municipalityCode() == null || !MUNICIPALITY_CODE.matcher(network.municipalityCode()).matches()) {
            throw malformed(envelope, "municipalityCode");
        }
    }

    private static MalformedIntegrationEvent malformed(IntegrationEventEnvelope envelope, String field) {
        return new MalformedIntegrationEvent(
                envelope.type() + " " + envelope.id() + " has no valid " + field + " and can never be counted", null);
    }
}
