package nl.samenspel.cases.signal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import nl.samenspel.cases.vault.PersonalDataVault;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads revisions 1 and 2 of {@link SignalRaised} as revision 3.
 *
 * <p>Revision 1 kept the concern in clear: it reads without it, so the concern of such a signal is absent. Its
 * signaller is unknown (nobody can read its feedback through "my signals") and its feedback falls due under the
 * standard terms.
 *
 * <p>Revision 2 kept the signaller's login in clear, also for an anonymous signal: it reads with the signaller's
 * blind index, so "my signals" still finds it, and without the login when anonymous, so no read model or
 * feedback path learns it again.
 *
 * <p>Both only ever existed before the first release; their plaintext stays in those event stores until reset.
 */
@Component
class SignalRaisedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(SignalRaised.class.getName(), null);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(SignalRaised.class.getName(), "2");
    private static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(SignalRaised.class.getName(), "3");

    private final PersonalDataVault vault;

    SignalRaisedUpcaster(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return REVISION_1.equals(intermediateRepresentation.getType())
                || REVISION_2.equals(intermediateRepresentation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        boolean revision1 = REVISION_1.equals(intermediateRepresentation.getType());
        return intermediateRepresentation.upcastPayload(REVISION_3, JsonNode.class,
                payload -> fromRevision2(revision1 ? fromRevision1(payload) : payload));
    }

    static JsonNode fromRevision1(JsonNode revision1) {
        ObjectNode payload = revision1.deepCopy();
        payload.remove("concern");
        payload.putNull("signaller");
        FeedbackTerms.Due due = FeedbackTerms.standard().dueFor(instant(payload.get("raisedAt")));
        payload.put("feedbackDueOn", due.dueOn().toString());
        payload.put("feedbackOverdueAt", due.overdueAt().toString());
        return payload;
    }

    JsonNode fromRevision2(JsonNode revision2) {
        ObjectNode payload = revision2.deepCopy();
        JsonNode signaller = payload.path("signaller");
        if (signaller.isTextual()) {
            payload.put("signallerIndex", vault.blindIndex(RaiseSignal.SIGNALLER_INDEX, signaller.asText()));
        } else {
            payload.putNull("signallerIndex");
        }
        if (payload.path("anonymous").asBoolean(false)) {
            payload.putNull("signaller");
        }
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
