package nl.samenspel.cases.signal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@link SignalRaised}, which kept the concern in clear, as revision 2 without it: the
 * concern of such a signal reads as absent. Revision 1 only ever existed in developers' local databases before
 * the first release, so nothing of value is lost; the plaintext stays in those local event stores until they are
 * reset. Its signaller is unknown (nobody can read its feedback through "my signals") and its feedback falls due
 * under the standard terms.
 */
@Component
class SignalRaisedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(SignalRaised.class.getName(), null);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(SignalRaised.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return REVISION_1.equals(intermediateRepresentation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return intermediateRepresentation.upcastPayload(REVISION_2, JsonNode.class, SignalRaisedUpcaster::upcast);
    }

    static JsonNode upcast(JsonNode revision1) {
        ObjectNode payload = revision1.deepCopy();
        payload.remove("concern");
        payload.putNull("signaller");
        FeedbackTerms.Due due = FeedbackTerms.standard().dueFor(instant(payload.get("raisedAt")));
        payload.put("feedbackDueOn", due.dueOn().toString());
        payload.put("feedbackOverdueAt", due.overdueAt().toString());
        return payload;
    }

    /** Jackson wrote instants either as ISO text or as decimal epoch seconds, depending on its settings. */
    private static Instant instant(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(node.asText());
    }
}
