package nl.samenspel.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.VolunteerLimits.Limit;
import nl.samenspel.cases.VolunteerLimits.Task;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.VolunteerAgreements;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** A volunteer's agreement against the task they are to be given ("tot zover en niet verder"). */
class VolunteerLimitsTest {

    /** A Tuesday; the agreement runs to the end of the year, companionship and transport on Thursdays. */
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final OrganisationId VRIJWILLIGERS = OrganisationId.of("vrijwilligers-zuid");
    private static final PersonId ANNA = PersonId.random();
    private static final PersonId BRAM = PersonId.random();
    private static final PersonId PRO = PersonId.random();
    private static final PersonId CARER = PersonId.random();

    private static VolunteerAgreements.Agreement agreement(boolean overloaded) {
        return new VolunteerAgreements.Agreement("agreement-1", VRIJWILLIGERS,
                Set.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.TRANSPORT), Set.of(DayOfWeek.THURSDAY),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), overloaded);
    }

    private final Map<PersonId, PartnerParties.Person> people = Map.of(
            ANNA, new PartnerParties.Person(ANNA, PersonKind.VOLUNTEER, Optional.of(VRIJWILLIGERS)),
            BRAM, new PartnerParties.Person(BRAM, PersonKind.BUDDY, Optional.of(VRIJWILLIGERS)),
            PRO, new PartnerParties.Person(PRO, PersonKind.PROFESSIONAL, Optional.of(VRIJWILLIGERS)),
            CARER, new PartnerParties.Person(CARER, PersonKind.FAMILY_CARER, Optional.empty()));
    private final Map<PersonId, VolunteerAgreements.Agreement> agreements = Map.of(ANNA, agreement(false),
            BRAM, agreement(true));

    private final VolunteerLimits limits = new VolunteerLimits(new VolunteerLimits.Facts() {
        @Override
        public Optional<PartnerParties.Person> person(PersonId person) {
            return Optional.ofNullable(people.get(person));
        }

        @Override
        public Optional<VolunteerAgreements.Agreement> agreementInForce(PersonId volunteer, LocalDate day) {
            return Optional.ofNullable(agreements.get(volunteer)).filter(a -> !day.isAfter(a.endsOn()));
        }
    });

    private Set<Limit> exceeded(PersonId person, Task task) {
        return limits.exceeded(Party.informalHelper(person), task, TODAY);
    }

    @Test
    void anAgreedTaskDueOnOrAfterAnAvailableDayWithinTheAgreementIsWithinTheLimits() {
        assertThat(exceeded(ANNA, Task.dueOn(VolunteerTask.COMPANIONSHIP, LocalDate.parse("2026-11-26")))).isEmpty();
        assertThat(exceeded(ANNA, Task.dueOn(VolunteerTask.TRANSPORT, LocalDate.parse("2026-12-31")))).isEmpty();
        assertThat(exceeded(ANNA, Task.open(VolunteerTask.COMPANIONSHIP))).isEmpty();
    }

    @Test
    void anOverloadedVolunteerIsOverTheirLimits() {
        assertThat(exceeded(BRAM, Task.dueOn(VolunteerTask.COMPANIONSHIP, LocalDate.parse("2026-11-26"))))
                .containsExactly(Limit.OVERLOADED);
    }

    @Test
    void aKindOfTaskTheAgreementDoesNotListIsNotAgreed() {
        assertThat(exceeded(ANNA, Task.dueOn(VolunteerTask.ADMINISTRATION_HELP, LocalDate.parse("2026-11-26"))))
                .containsExactly(Limit.TASK_NOT_AGREED);
        assertThat(exceeded(ANNA, Task.open(null))).containsExactly(Limit.TASK_NOT_AGREED);
    }

    @Test
    void aTaskDueBeforeTheVolunteersNextAvailableDayCannotBeDoneInTime() {
        assertThat(exceeded(ANNA, Task.dueOn(VolunteerTask.COMPANIONSHIP, LocalDate.parse("2026-11-25"))))
                .containsExactly(Limit.NOT_AVAILABLE_BEFORE_DUE);
    }

    @Test
    void aTaskDueAfterTheAgreementsLastDayFallsOutsideIt() {
        assertThat(exceeded(ANNA, Task.dueOn(VolunteerTask.COMPANIONSHIP, LocalDate.parse("2027-01-07"))))
                .containsExactly(Limit.AFTER_AGREEMENT_ENDS);
    }

    @Test
    void everyLimitExceededIsNamedInOrder() {
        assertThat(exceeded(BRAM, Task.dueOn(VolunteerTask.MEALS, LocalDate.parse("2027-01-01"))))
                .containsExactly(Limit.OVERLOADED, Limit.TASK_NOT_AGREED, Limit.AFTER_AGREEMENT_ENDS);
    }

    @Test
    void anInformalHelperWithoutAnAgreementInForceHasNothingAgreed() {
        assertThat(exceeded(CARER, Task.open(VolunteerTask.COMPANIONSHIP)))
                .containsExactly(Limit.NO_AGREEMENT_IN_FORCE);
        assertThat(limits.exceeded(Party.informalHelper(ANNA), Task.open(VolunteerTask.COMPANIONSHIP),
                LocalDate.parse("2027-01-02"))).containsExactly(Limit.NO_AGREEMENT_IN_FORCE);
    }

    @Test
    void organisationsAndProfessionalsHaveNoVolunteerLimits() {
        assertThat(limits.exceeded(Party.organisation(VRIJWILLIGERS), Task.open(null), TODAY)).isEmpty();
        assertThat(exceeded(PRO, Task.dueOn(VolunteerTask.MEALS, LocalDate.parse("2030-01-01")))).isEmpty();
    }

    @Test
    void exceededLimitsAreRefusedNamingThemUnlessOverridden() {
        Task meals = Task.dueOn(VolunteerTask.MEALS, LocalDate.parse("2026-11-26"));

        assertThatThrownBy(() -> limits.require(Party.informalHelper(BRAM), meals, TODAY, Optional.empty(), true))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("overloaded, task-not-agreed")
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("volunteer-limits-exceeded"));
        assertThat(limits.require(Party.informalHelper(BRAM), meals, TODAY,
                Optional.of(new VolunteerLimits.Override("Bram kent de familie al jaren.")), true))
                .containsExactly(Limit.OVERLOADED, Limit.TASK_NOT_AGREED);
    }

    @Test
    void onlyTheCoordinatorOverridesAndOnlyWithAReason() {
        Task meals = Task.open(VolunteerTask.MEALS);
        Party bram = Party.informalHelper(BRAM);

        assertThatThrownBy(() -> limits.require(bram, meals, TODAY,
                Optional.of(new VolunteerLimits.Override("Het moet.")), false)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> limits.require(bram, meals, TODAY, Optional.of(new VolunteerLimits.Override(" ")),
                true)).isInstanceOf(InvalidField.class).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> limits.require(bram, meals, TODAY,
                Optional.of(new VolunteerLimits.Override("x".repeat(VolunteerLimits.Override.MAX_REASON_LENGTH + 1))),
                true)).isInstanceOf(InvalidField.class);
    }

    @Test
    void anOverrideOfATaskWithinTheLimitsOverridesNothing() {
        assertThat(limits.require(Party.informalHelper(ANNA), Task.open(VolunteerTask.COMPANIONSHIP), TODAY,
                Optional.of(new VolunteerLimits.Override("Voor de zekerheid.")), false)).isEmpty();
    }
}
