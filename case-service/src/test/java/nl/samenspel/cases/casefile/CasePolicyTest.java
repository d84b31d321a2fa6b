package nl.samenspel.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.RecordedCommands;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.PersonId;
import org.junit.jupiter.api.Test;

class CasePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");

    private final RecordedCommands commands = new RecordedCommands();
    private final CasePolicy policy = new CasePolicy(commands.gateway());
    private final CaseId caseId = CaseId.random();
    private final DeadlineId aftercareReview = DeadlineId.of(DeadlineKind.AFTERCARE_REVIEW, caseId.value());
    private final DeadlineId followUpReview = DeadlineId.of(DeadlineKind.FOLLOW_UP_REVIEW, caseId.value());

    @Test
    void aftercareIsReviewedOnItsReviewDate() {
        LocalDate reviewOn = LocalDate.parse("2027-01-15");

        policy.on(new AftercareStarted(caseId, OGGZ, Party.informalHelper(PersonId.random()), reviewOn, NOW));

        assertThat(commands.sent())
                .containsExactly(new ScheduleDeadline(aftercareReview, caseId, OGGZ, null, reviewOn));
    }

    @Test
    void closureEndsAPendingAftercareReviewAndWatchesTheFollowUpReview() {
        LocalDate followUpOn = LocalDate.parse("2027-05-24");

        policy.on(new CaseClosed(caseId, OGGZ, ClosureReason.GOALS_REACHED, Outcome.IMPROVED, followUpOn, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(aftercareReview),
                new ScheduleDeadline(followUpReview, caseId, OGGZ, null, followUpOn));
    }

    @Test
    void theFollowUpReviewMeetsItsDeadline() {
        policy.on(new FollowUpReviewed(caseId, OGGZ, Outcome.STABLE, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(followUpReview));
    }
}
