package nl.samenspel.cases.signal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a signaller's feedback is due: a number of working days (Monday to Friday) after the day the signal was
 * raised, in Dutch time. The feedback is overdue from the start of the next day, so a coordinator has the whole
 * due day. Public holidays are not counted out: a day early is better than a day late for a worried neighbour.
 */
public record FeedbackTerms(int workingDays, ZoneId zone) {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    public static final int DEFAULT_WORKING_DAYS = 10;

    public FeedbackTerms {
        if (workingDays < 1 || workingDays > 60) {
            throw new IllegalArgumentException("Feedback is due after 1 to 60 working days.");
        }
    }

    public static FeedbackTerms standard() {
        return new FeedbackTerms(DEFAULT_WORKING_DAYS, DUTCH_TIME);
    }

    /** @param overdueAt the first moment the feedback is late: the start of the day after {@code dueOn} */
    public record Due(LocalDate dueOn, Instant overdueAt) {
    }

    public Due dueFor(Instant raisedAt) {
        LocalDate day = raisedAt.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return new Due(day, day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
