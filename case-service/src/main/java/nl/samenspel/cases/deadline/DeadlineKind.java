package nl.samenspel.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/** The case deadlines the process watches besides a signaller's feedback. */
public enum DeadlineKind {

    /** A referral not accepted or declined by its answer date; the counterpart is the target. */
    REFERRAL_ANSWER("referral-answer", true),
    /** A handover not accepted or declined by its acceptance date; the counterpart is the receiving party. */
    HANDOVER_ACCEPTANCE("handover-acceptance", true),
    /** The aftercare review date of a case in aftercare. */
    AFTERCARE_REVIEW("aftercare-review", false),
    /** The follow-up review date set when the case was closed. */
    FOLLOW_UP_REVIEW("follow-up-review", false);

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final String slug;
    private final boolean answerDue;

    DeadlineKind(String slug, boolean answerDue) {
        this.slug = slug;
        this.answerDue = answerDue;
    }

    public String slug() {
        return slug;
    }

    /** An answer is late from the start of the day after it was due; a review is due from the start of its day. */
    public Instant firesAt(LocalDate dueOn) {
        return (answerDue ? dueOn.plusDays(1) : dueOn).atStartOfDay(DUTCH_TIME).toInstant();
    }

    /** Whether the deadline waits for a party's answer, so the command must name that party. */
    public boolean awaitsCounterpart() {
        return answerDue;
    }

    static DeadlineKind ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a deadline kind"));
    }
}
