package nl.samenspel.partners.volunteering;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.DateWindow;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A volunteer agreement: what an informal helper of an organisation takes on (tasks, days, how much), their
 * limits, a professional coach and the trainings done. The overload flag follows the recorded load: it is raised
 * when the load exceeds the capacity and cleared when it falls back within, unless the coach raised it, in
 * which case only the coach (or a coordinator) clears it.
 */
@Aggregate
public class VolunteerAgreement {

    /** Limits are a few sentences in the volunteer's own words, shown to whoever deploys them. */
    static final int MAX_LIMITS_LENGTH = 500;
    /** More cases at once, or more hours a week, than anyone volunteers: a typing error, not an agreement. */
    static final int MAX_CAPACITY = 60;
    /** A week has 168 hours; no load in either unit is higher. */
    static final int MAX_LOAD = 168;
    static final int MAX_TRAINING_LENGTH = PartnerRules.MAX_NAME_LENGTH;
    /** An agreement is recorded when it is made, or late, for one that has run for years already. */
    static final DateWindow STARTS_ON = DateWindow.years(10, 1);
    static final DateWindow ENDS_ON = DateWindow.years(10, 5);
    /** A training counts once it is done; one from before anyone's volunteering career is a typing error. */
    static final DateWindow COMPLETED_ON = DateWindow.untilTodayYears(30);
    /** Agreements run on Dutch calendar days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    @AggregateIdentifier
    private AgreementId agreementId;
    private PersonId volunteerId;
    private OrganisationId organisationId;
    private LocalDate endsOn;
    private boolean ended;
    private CapacityUnit capacityUnit;
    private int capacity;
    private int load;
    private PersonId coachId;
    private OverloadSource overload;
    private final Set<Training> trainings = new HashSet<>();

    private record Training(String title, LocalDate completedOn) {
    }

    protected VolunteerAgreement() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public VolunteerAgreement(ConcludeVolunteerAgreement command, Parties parties,
            PartnerPermissions permissions, Clock clock) {
        refuseInvalid(command, today(clock));
        Parties.PersonFacts volunteer = parties.person(command.volunteerId())
                .orElseThrow(() -> new InvalidField("volunteerId", "is not a registered person"));
        requireManages(permissions, command.actor(), volunteer.organisationId());
        if (volunteer.isProfessional()) {
            throw new RuleViolation("volunteer-is-a-professional",
                    "Person " + command.volunteerId() + " is a professional; agreements are for informal helpers.");
        }
        OrganisationId organisation = volunteer.organisationId().orElseThrow(() -> new RuleViolation(
                "volunteer-without-organisation", "Person " + command.volunteerId()
                        + " belongs to no organisation; an agreement is made with one."));
        Optional<PersonId> coach = Optional.ofNullable(command.coachId());
        coach.ifPresent(id -> requireCoach(parties, id));
        apply(new VolunteerAgreementConcluded(command.agreementId(), command.volunteerId(), organisation,
                Set.copyOf(command.tasks()), command.limits(), Set.copyOf(command.availableDays()),
                command.startsOn(), command.endsOn(), command.capacityUnit(), command.capacity(),
                PartnerRules.now(clock)));
        coach.ifPresent(id -> apply(new CoachAssigned(command.agreementId(), command.volunteerId(), id,
                PartnerRules.now(clock))));
    }

    @CommandHandler
    void handle(AssignCoach command, Parties parties, PartnerPermissions permissions, Clock clock) {
        if (command.coachId() == null) {
            throw new InvalidField("coachId", "must not be null");
        }
        requireManagedAndRunning(permissions, command.actor(), clock);
        if (command.coachId().equals(coachId)) {
            throw new RuleViolation("coach-already-assigned",
                    "Person " + coachId + " already coaches under agreement " + agreementId + ".");
        }
        requireCoach(parties, command.coachId());
        apply(new CoachAssigned(agreementId, volunteerId, command.coachId(), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(RecordTraining command, PartnerPermissions permissions, Clock clock) {
        String title = command.training();
        if (title == null || title.isBlank()) {
            throw new InvalidField("training", "must not be blank");
        }
        if (title.length() > MAX_TRAINING_LENGTH) {
            throw new InvalidField("training", "must be at most " + MAX_TRAINING_LENGTH + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(title).find()) {
            throw new InvalidField("training", "must not contain control characters");
        }
        if (command.completedOn() == null) {
            throw new InvalidField("completedOn", "must not be null");
        }
        COMPLETED_ON.require("completedOn", command.completedOn(), today(clock));
        requireManagedAndRunning(permissions, command.actor(), clock);
        if (trainings.contains(new Training(title, command.completedOn()))) {
            throw new RuleViolation("training-already-recorded",
                    "This training on this day is already recorded under agreement " + agreementId + ".");
        }
        apply(new VolunteerTrainingRecorded(agreementId, volunteerId, title, command.completedOn()));
    }

    @CommandHandler
    void handle(SetCapacity command, PartnerPermissions permissions, Clock clock) {
        requireCapacity(command.capacity());
        requireManagedAndRunning(permissions, command.actor(), clock);
        if (command.capacity() == capacity) {
            throw new RuleViolation("capacity-unchanged",
                    "Agreement " + agreementId + " already has capacity " + capacity + ".");
        }
        changeLoad(load, command.capacity(), clock);
    }

    @CommandHandler
    void handle(RecordLoad command, PartnerPermissions permissions, Clock clock) {
        if (command.load() < 0 || command.load() > MAX_LOAD) {
            throw new InvalidField("load", "must be between 0 and " + MAX_LOAD);
        }
        requireManagedAndRunning(permissions, command.actor(), clock);
        if (command.load() == load) {
            throw new RuleViolation("load-unchanged", "Agreement " + agreementId + " already has load " + load + ".");
        }
        changeLoad(command.load(), capacity, clock);
    }

    @CommandHandler
    void handle(RaiseOverloadFlag command, Parties parties, PartnerPermissions permissions, Clock clock) {
        if (!isCoach(permissions, command.actor(), parties)) {
            throw new NotPermitted("Only the volunteer's coach raises the overload flag by hand.");
        }
        requireRunning(clock);
        if (overload != null) {
            throw new RuleViolation("already-flagged", "Agreement " + agreementId + " is already flagged.");
        }
        apply(new VolunteerOverloadFlagged(agreementId, volunteerId, organisationId, OverloadSource.COACH,
                PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(ClearOverloadFlag command, Parties parties, PartnerPermissions permissions, Clock clock) {
        if (!permissions.mayClearOverloadFlag(command.actor(), organisationId,
                isCoach(permissions, command.actor(), parties))) {
            throw new NotPermitted("Only the volunteer's coach or a coordinator of the volunteer's organisation "
                    + "clears the overload flag.");
        }
        requireRunning(clock);
        if (overload == null) {
            throw new RuleViolation("not-flagged", "Agreement " + agreementId + " is not flagged.");
        }
        if (load > capacity) {
            throw new RuleViolation("load-exceeds-capacity", "The recorded load under agreement " + agreementId
                    + " still exceeds its capacity; lower the load or raise the capacity.");
        }
        apply(new VolunteerOverloadCleared(agreementId, volunteerId, organisationId, PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(EndVolunteerAgreement command, PartnerPermissions permissions, Clock clock) {
        requireManagedAndRunning(permissions, command.actor(), clock);
        apply(new VolunteerAgreementEnded(agreementId, volunteerId, organisationId, today(clock),
                PartnerRules.now(clock)));
    }

    /** A flag the load raised follows the load; one the coach raised stays until someone clears it. */
    private void changeLoad(int newLoad, int newCapacity, Clock clock) {
        apply(new VolunteerLoadChanged(agreementId, volunteerId, organisationId, newLoad, newCapacity, capacityUnit,
                PartnerRules.now(clock)));
        boolean exceeded = newLoad > newCapacity;
        if (exceeded && overload == null) {
            apply(new VolunteerOverloadFlagged(agreementId, volunteerId, organisationId, OverloadSource.AUTOMATIC,
                    PartnerRules.now(clock)));
        } else if (!exceeded && overload == OverloadSource.AUTOMATIC) {
            apply(new VolunteerOverloadCleared(agreementId, volunteerId, organisationId, PartnerRules.now(clock)));
        }
    }

    private static void refuseInvalid(ConcludeVolunteerAgreement command, LocalDate today) {
        if (command.volunteerId() == null) {
            throw new InvalidField("volunteerId", "must not be null");
        }
        if (command.tasks() == null || command.tasks().isEmpty() || hasNull(command.tasks())) {
            throw new InvalidField("tasks", "must name at least one task");
        }
        String limits = command.limits();
        if (limits == null || limits.isBlank()) {
            throw new InvalidField("limits", "must not be blank");
        }
        if (limits.length() > MAX_LIMITS_LENGTH) {
            throw new InvalidField("limits", "must be at most " + MAX_LIMITS_LENGTH + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(limits).find()) {
            throw new InvalidField("limits", "must not contain control characters");
        }
        if (command.availableDays() == null || command.availableDays().isEmpty()
                || hasNull(command.availableDays())) {
            throw new InvalidField("availableDays", "must name at least one day");
        }
        if (command.startsOn() == null) {
            throw new InvalidField("startsOn", "must not be null");
        }
        if (command.endsOn() == null) {
            throw new InvalidField("endsOn", "must not be null");
        }
        STARTS_ON.require("startsOn", command.startsOn(), today);
        ENDS_ON.require("endsOn", command.endsOn(), today);
        if (command.endsOn().isBefore(command.startsOn())) {
            throw new InvalidField("endsOn", "must not be before startsOn");
        }
        if (command.capacityUnit() == null) {
            throw new InvalidField("capacityUnit", "must not be null");
        }
        requireCapacity(command.capacity());
    }

    /** Immutable sets throw on contains(null), so look at every element instead. */
    private static boolean hasNull(Set<?> values) {
        return values.stream().anyMatch(Objects::isNull);
    }

    private static void requireCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidField("capacity", "must be between 1 and " + MAX_CAPACITY);
        }
    }

    private static void requireCoach(Parties parties, PersonId coachId) {
        Parties.PersonFacts coach = parties.person(coachId)
                .orElseThrow(() -> new InvalidField("coachId", "is not a registered person"));
        if (!coach.isProfessional()) {
            throw new RuleViolation("coach-not-a-professional",
                    "Person " + coachId + " is not a professional; a coach always is.");
        }
    }

    private static void requireManages(PartnerPermissions permissions, Actor actor,
            Optional<OrganisationId> organisation) {
        if (!permissions.managesPeopleOf(actor, organisation)) {
            throw new NotPermitted("Only the volunteer's organisation or a coordinator of it "
                    + "manages their agreements.");
        }
    }

    private void requireManagedAndRunning(PartnerPermissions permissions, Actor actor, Clock clock) {
        requireManages(permissions, actor, Optional.of(organisationId));
        requireRunning(clock);
    }

    private void requireRunning(Clock clock) {
        if (ended) {
            throw new RuleViolation("agreement-ended", "Agreement " + agreementId + " has ended.");
        }
        if (today(clock).isAfter(endsOn)) {
            throw new RuleViolation("agreement-expired", "Agreement " + agreementId + " ran until " + endsOn + ".");
        }
    }

    private boolean isCoach(PartnerPermissions permissions, Actor actor, Parties parties) {
        return coachId != null && parties.person(coachId).map(coach -> permissions.isPerson(actor, coach)).orElse(false);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @EventSourcingHandler
    void on(VolunteerAgreementConcluded event) {
        agreementId = event.agreementId();
        volunteerId = event.volunteerId();
        organisationId = event.organisationId();
        endsOn = event.endsOn();
        capacityUnit = event.capacityUnit();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(CoachAssigned event) {
        coachId = event.coachId();
    }

    @EventSourcingHandler
    void on(VolunteerTrainingRecorded event) {
        trainings.add(new Training(event.training(), event.completedOn()));
    }

    @EventSourcingHandler
    void on(VolunteerLoadChanged event) {
        load = event.load();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(VolunteerOverloadFlagged event) {
        overload = event.source();
    }

    @EventSourcingHandler
    void on(VolunteerOverloadCleared event) {
        overload = null;
    }

    @EventSourcingHandler
    void on(VolunteerAgreementEnded event) {
        ended = true;
    }
}
