package nl.samenspel.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.VolunteerAgreements;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.privacy.PersonalData;
import org.springframework.stereotype.Component;

/**
 * What a volunteer's agreement allows ("tot zover en niet verder"): whether an informal helper may be given a task
 * of a kind, due on a day, without a coordinator overriding their limits. Professionals and organisations have no
 * such limits. Injected into command handlers, so fixtures hand in a fixed agreement.
 */
@Component
public final class VolunteerLimits {

    public static final String LIMITS_EXCEEDED = "volunteer-limits-exceeded";
    static final String OVERRIDE_REASON = "limitsOverride.reason";
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /** Why a task exceeds a volunteer's limits; the problem detail names them by {@link #code()}. */
    public enum Limit {
        /** No agreement is in force today, so nothing was agreed to. */
        NO_AGREEMENT_IN_FORCE,
        /** Partner-service flagged the volunteer as overloaded, and the flag was not cleared since. */
        OVERLOADED,
        /** The kind of task is not among the agreement's tasks. */
        TASK_NOT_AGREED,
        /** None of the volunteer's available days falls between today and the due date. */
        NOT_AVAILABLE_BEFORE_DUE,
        /** The task is due after the agreement's last day. */
        AFTER_AGREEMENT_ENDS;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A task to give to a party.
     *
     * @param kind  the kind of task, as volunteer agreements list them
     * @param dueOn the day it is to be done by; empty for help without a due date (then availability and the
     *              agreement's end are not weighed)
     */
    public record Task(VolunteerTask kind, Optional<LocalDate> dueOn) {

        public static Task dueOn(VolunteerTask kind, LocalDate dueOn) {
            return new Task(kind, Optional.of(dueOn));
        }

        public static Task open(VolunteerTask kind) {
            return new Task(kind, Optional.empty());
        }
    }

    /**
     * A coordinator's decision to give the task all the same.
     *
     * @param reason why, in words a privacy officer can follow later; sealed when recorded
     */
    public record Override(@PersonalData("why a volunteer is given a task beyond their limits") String reason) {

        public static final int MAX_REASON_LENGTH = 1000;
    }

    /** What the limits are decided on, from partner facts; a port, so fixtures can hand in a fixed world. */
    public interface Facts {

        Optional<PartnerParties.Person> person(PersonId person);

        Optional<VolunteerAgreements.Agreement> agreementInForce(PersonId volunteer, LocalDate day);
    }

    private final Facts facts;

    public VolunteerLimits(Facts facts) {
        this.facts = facts;
    }

    /** Whether this party is given tasks within an agreement: an informal helper, not a professional. */
    public boolean applyTo(Party party) {
        return !party.isOrganisation() && facts.person(PersonId.of(party.id())).map(PartnerParties.Person::kind)
                .filter(kind -> kind == PersonKind.PROFESSIONAL).isEmpty();
    }

    /** The limits the task exceeds for the party, in the order of {@link Limit}; empty when it is within them. */
    public Set<Limit> exceeded(Party party, Task task, LocalDate today) {
        if (!applyTo(party)) {
            return Set.of();
        }
        Optional<VolunteerAgreements.Agreement> found = facts.agreementInForce(PersonId.of(party.id()), today);
        if (found.isEmpty()) {
            return EnumSet.of(Limit.NO_AGREEMENT_IN_FORCE);
        }
        VolunteerAgreements.Agreement agreement = found.get();
        Set<Limit> exceeded = EnumSet.noneOf(Limit.class);
        if (agreement.overloaded()) {
            exceeded.add(Limit.OVERLOADED);
        }
        if (task.kind() == null || !agreement.tasks().contains(task.kind())) {
            exceeded.add(Limit.TASK_NOT_AGREED);
        }
        task.dueOn().ifPresent(dueOn -> {
            if (!availableBetween(agreement.availableDays(), today, dueOn)) {
                exceeded.add(Limit.NOT_AVAILABLE_BEFORE_DUE);
            }
            if (dueOn.isAfter(agreement.endsOn())) {
                exceeded.add(Limit.AFTER_AGREEMENT_ENDS);
            }
        });
        return exceeded;
    }

    /**
     * Refuses the task when it exceeds the party's limits, unless the network's coordinator overrides them with a
     * reason. The caller records the override ({@link VolunteerLimitsOverridden}) when this returns limits.
     *
     * @param coordinator whether the actor is the coordinator of the case's network, as the caller's permission
     *                    rule decides it
     * @return the limits overridden; empty when the task is within them (an override given then is not needed,
     *         and not recorded)
     * @throws RuleViolation {@code volunteer-limits-exceeded}, naming the limits, when not overridden
     * @throws NotPermitted  when someone other than the coordinator tries to override them
     */
    public Set<Limit> require(Party party, Task task, LocalDate today, Optional<Override> override,
            boolean coordinator) {
        Set<Limit> exceeded = exceeded(party, task, today);
        if (exceeded.isEmpty()) {
            return Set.of();
        }
        if (override.isEmpty()) {
            throw new RuleViolation(LIMITS_EXCEEDED, "The task exceeds the volunteer's agreement: "
                    + exceeded.stream().map(Limit::code).collect(Collectors.joining(", "))
                    + ". The network's coordinator may give it all the same, with a reason (limitsOverride).");
        }
        if (!coordinator) {
            throw new NotPermitted("Only the network's coordinator overrides a volunteer's limits.");
        }
        requireReason(override.get().reason());
        return exceeded;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField(OVERRIDE_REASON, "must not be blank");
        }
        if (reason.length() > Override.MAX_REASON_LENGTH) {
            throw new InvalidField(OVERRIDE_REASON, "must be at most " + Override.MAX_REASON_LENGTH + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(reason).find()) {
            throw new InvalidField(OVERRIDE_REASON, "must not contain control characters");
        }
    }

    /** A day of the week from today up to and including the due day is one the volunteer is available on. */
    private static boolean availableBetween(Set<DayOfWeek> days, LocalDate today, LocalDate dueOn) {
        if (dueOn.isBefore(today)) {
            return false;
        }
        return today.datesUntil(dueOn.plusDays(1)).limit(7).anyMatch(day -> days.contains(day.getDayOfWeek()));
    }

}
