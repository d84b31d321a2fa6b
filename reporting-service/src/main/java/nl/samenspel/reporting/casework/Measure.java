package nl.samenspel.reporting.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;

/**
 * What the casework report counts, each from one published case event, and what it is broken down by. Every
 * deadline of issue 4 (signal feedback, referral answer, handover acceptance, aftercare and follow-up review) has
 * its own overdue measure.
 */
enum Measure {
    CASES_OPENED(Presentation.class),
    ACUTE_CASES_OPENED(null),
    /** Cases opened, by each problem domain they name: a case with two domains counts under both. */
    PROBLEM_DOMAINS(ProblemDomain.class),
    INFORMAL_OPTIONS_ASSESSED(InformalOptionOutcome.class),
    INFORMAL_HELP_DEPLOYED(DeploymentMode.class),
    REFERRALS_MADE(HelpDirection.class),
    REFERRALS_ACCEPTED(null),
    REFERRALS_DECLINED(DeclineReason.class),
    REFERRAL_ANSWERS_OVERDUE(null),
    HANDOVERS_INITIATED(HelpDirection.class),
    HANDOVERS_ACCEPTED(null),
    HANDOVERS_DECLINED(DeclineReason.class),
    HANDOVER_ACCEPTANCES_OVERDUE(null),
    SIGNAL_FEEDBACK_OVERDUE(null),
    REVIEWS_DUE(Review.class),
    CASES_CLOSED(ClosureReason.class);

    /** The review that fell due: during aftercare, or the follow-up after closure. */
    enum Review { AFTERCARE, FOLLOW_UP }

    private final Class<? extends Enum<?>> breakdown;

    Measure(Class<? extends Enum<?>> breakdown) {
        this.breakdown = breakdown;
    }

    /** The name in the report and in the database: {@code cases-opened}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every value the measure is broken down by, in a fixed order, so a report shows a zero as 0; empty if none. */
    List<String> breakdowns() {
        return breakdown == null ? List.of()
                : Arrays.stream(breakdown.getEnumConstants()).map(Enum::name).toList();
    }
}
