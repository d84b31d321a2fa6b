package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackTermsTest {

    @Test
    void tenWorkingDaysSkipTwoWeekends() {
        FeedbackTerms.Due due = FeedbackTerms.standard().dueFor(Instant.parse("2026-11-27T15:00:00Z"));

        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-12-11"));
        assertThat(due.overdueAt()).isEqualTo(Instant.parse("2026-12-11T23:00:00Z"));
    }

    @Test
    void aSignalRaisedOnSaturdayCountsFromMonday() {
        FeedbackTerms.Due due = new FeedbackTerms(1, FeedbackTerms.DUTCH_TIME)
                .dueFor(Instant.parse("2026-11-28T10:00:00Z"));

        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void theRaisingDayIsTheDutchDayNotTheUtcDay() {
        // 23:30 UTC on Monday is already Tuesday in Amsterdam.
        FeedbackTerms.Due due = new FeedbackTerms(1, FeedbackTerms.DUTCH_TIME)
                .dueFor(Instant.parse("2026-11-23T23:30:00Z"));

        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void overdueFromMidnightDutchSummerTime() {
        FeedbackTerms.Due due = new FeedbackTerms(1, FeedbackTerms.DUTCH_TIME)
                .dueFor(Instant.parse("2026-06-01T08:00:00Z"));

        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-06-02"));
        assertThat(due.overdueAt()).isEqualTo(Instant.parse("2026-06-02T22:00:00Z"));
    }

    @Test
    void aTermOutsideOneToSixtyWorkingDaysIsAConfigurationError() {
        assertThatThrownBy(() -> new FeedbackTerms(0, FeedbackTerms.DUTCH_TIME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedbackTerms(61, FeedbackTerms.DUTCH_TIME))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
