package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * Revision 1 events kept the concern in clear, revision 2 the login of an anonymous signaller; reading them must
 * leave both behind, while the signaller of a revision 2 event still finds it by its blind index.
 */
class SignalRaisedUpcasterTest {

    private static final String SIGNAL = "0b6c3f5e-8a57-4c1e-9d2a-3f1e2d4c5b6a";
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();

    private final SignalRaisedUpcaster upcaster = new SignalRaisedUpcaster(new TestVault());

    private SignalRaised upcast(String revision1Json) {
        return upcast(null, revision1Json);
    }

    private SignalRaised upcast(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Signal", SIGNAL, 0,
                "3f1e2d4c-0000-4000-8000-000000000001", Instant.parse("2026-03-02T10:00:00Z"),
                SignalRaised.class.getName(), revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcasted = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(upcasted).hasSize(1);
        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("3");
        return serializer.deserialize(new SimpleSerializedObject<>(upcasted.get(0).getData(byte[].class).getData(),
                byte[].class, upcasted.get(0).getType()));
    }

    @Test
    void thePlaintextConcernOfARevision1EventReadsAsAbsent() {
        SignalRaised event = upcast("""
                {"signalId": "%s", "networkId": "oggz-zuiderhaven", "signallerRole": "NEIGHBOUR",
                 "concern": "Meneer op 3-hoog roept 's nachts om hulp.", "anonymous": true,
                 "raisedAt": "2026-03-02T10:00:00Z"}""".formatted(SIGNAL));

        assertThat(event.concern()).isNull();
        assertThat(event.toString()).doesNotContain("roept");
        assertThat(event.signalId()).isEqualTo(SignalId.of(SIGNAL));
        assertThat(event.networkId()).isEqualTo(NetworkId.of("oggz-zuiderhaven"));
        assertThat(event.signallerRole()).isEqualTo(SignallerRole.NEIGHBOUR);
        assertThat(event.anonymous()).isTrue();
        assertThat(event.signaller()).isNull();
        assertThat(event.signallerIndex()).isNull();
        assertThat(event.raisedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void itsFeedbackFallsDueUnderTheStandardTerms() {
        SignalRaised event = upcast("""
                {"signalId": "%s", "networkId": "oggz-zuiderhaven", "signallerRole": "NEIGHBOUR",
                 "concern": "Zorgen.", "anonymous": false, "raisedAt": 1772445600.000000000}""".formatted(SIGNAL));

        assertThat(event.raisedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(event.feedbackDueOn()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(event.feedbackOverdueAt()).isEqualTo(Instant.parse("2026-03-16T23:00:00Z"));
    }

    @Test
    void anAnonymousRevision2SignalLosesItsSignallersLoginAndKeepsTheirBlindIndex() {
        SignalRaised event = upcast("2", revision2(true));

        assertThat(event.anonymous()).isTrue();
        assertThat(event.signaller()).isNull();
        assertThat(event.signallerIndex()).isEqualTo(TestVault.index("signaller", "volunteer-anna"));
        assertThat(event.toString()).doesNotContain("volunteer-anna");
        assertThat(event.concern()).isEqualTo(TestVault.sealed(SIGNAL, "Zorgen."));
        assertThat(event.feedbackDueOn()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(event.feedbackOverdueAt()).isEqualTo(Instant.parse("2026-03-16T23:00:00Z"));
    }

    @Test
    void aNamedRevision2SignalKeepsItsSignallerAndGainsTheirBlindIndex() {
        SignalRaised event = upcast("2", revision2(false));

        assertThat(event.anonymous()).isFalse();
        assertThat(event.signaller()).isEqualTo("volunteer-anna");
        assertThat(event.signallerIndex()).isEqualTo(TestVault.index("signaller", "volunteer-anna"));
    }

    @Test
    void revision3EventsAreLeftAlone() {
        assertThat(upcaster.canUpcast(new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "Signal", SIGNAL, 0, "3f1e2d4c-0000-4000-8000-000000000002", Instant.now(),
                SignalRaised.class.getName(), "3", "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), serializer))).isFalse();
    }

    private static String revision2(boolean anonymous) {
        return """
                {"signalId": "%s", "networkId": "oggz-zuiderhaven", "signallerRole": "VOLUNTEER",
                 "concern": {"keyId": "%s", "iv": "test-iv", "data": "%s"}, "anonymous": %s,
                 "signaller": "volunteer-anna", "raisedAt": "2026-03-02T10:00:00Z",
                 "feedbackDueOn": "2026-03-16", "feedbackOverdueAt": "2026-03-16T23:00:00Z"}"""
                .formatted(SIGNAL, SIGNAL, TestVault.sealed(SIGNAL, "Zorgen.").data(), anonymous);
    }
}
