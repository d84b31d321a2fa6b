package nl.samenspel.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.cases.AftercareReviewDueV1;
import nl.samenspel.contracts.cases.HandoverAcceptanceOverdueV1;
import nl.samenspel.contracts.cases.ReferralAnswerOverdueV1;
import org.junit.jupiter.api.Test;

class DeadlineIntegrationEventsTest {

    private static final CaseId CASE = CaseId.random();
    private static final NetworkId NETWORK = NetworkId.of("oggz-zuiderhaven");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-12-01");
    private static final Instant PASSED_AT = Instant.parse("2026-12-01T23:00:00Z");
    private final DeadlineIntegrationEvents translator = new DeadlineIntegrationEvents();

    @Test
    void anUnansweredReferralIsPublishedKeyedByItsCase() {
        UUID referral = UUID.randomUUID();
        assertThat(translator.translate(new DeadlineMissed(DeadlineId.of(DeadlineKind.REFERRAL_ANSWER, referral), CASE,
                NETWORK, "ggz-zuiderhaven", DUE_ON, PASSED_AT))).isEqualTo(new ReferralAnswerOverdueV1(CASE.asString(),
                        "oggz-zuiderhaven", referral.toString(), "ggz-zuiderhaven", DUE_ON, PASSED_AT))
                .satisfies(event -> assertThat(event.subject()).isEqualTo(CASE.asString()));
    }

    @Test
    void anUnacceptedHandoverIsPublished() {
        UUID handover = UUID.randomUUID();
        assertThat(translator.translate(new DeadlineMissed(DeadlineId.of(DeadlineKind.HANDOVER_ACCEPTANCE, handover),
                CASE, NETWORK, "vrijwilligers-zuiderhaven", DUE_ON, PASSED_AT))).isEqualTo(
                        new HandoverAcceptanceOverdueV1(CASE.asString(), "oggz-zuiderhaven", handover.toString(),
                                "vrijwilligers-zuiderhaven", DUE_ON, PASSED_AT));
    }

    @Test
    void reviewsAreDueDuringAftercareAndAfterClosure() {
        assertThat(translator.translate(new DeadlineMissed(DeadlineId.of(DeadlineKind.AFTERCARE_REVIEW, CASE.value()),
                CASE, NETWORK, null, DUE_ON, PASSED_AT))).isEqualTo(
                        new AftercareReviewDueV1(CASE.asString(), "oggz-zuiderhaven", DUE_ON, false, PASSED_AT));
        assertThat(translator.translate(new DeadlineMissed(DeadlineId.of(DeadlineKind.FOLLOW_UP_REVIEW, CASE.value()),
                CASE, NETWORK, null, DUE_ON, PASSED_AT))).isEqualTo(
                        new AftercareReviewDueV1(CASE.asString(), "oggz-zuiderhaven", DUE_ON, true, PASSED_AT));
    }

    @Test
    void aDeadlineIdReadsBackFromItsText() {
        DeadlineId id = DeadlineId.of(DeadlineKind.HANDOVER_ACCEPTANCE, UUID.randomUUID());
        assertThat(DeadlineId.parse(id.value())).isEqualTo(id);
        assertThat(id.value()).startsWith("handover-acceptance:");
    }
}
