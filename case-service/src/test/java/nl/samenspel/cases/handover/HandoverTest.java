package nl.samenspel.cases.handover;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.FixedPartners;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.cases.VolunteerLimitsOverridden;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.VolunteerAgreements;
import nl.samenspel.partnerfacts.access.AccessDecision;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final LocalDate DUE = LocalDate.parse("2026-12-01");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final OrganisationId WELZIJN = OrganisationId.of("welzijn-zuiderhaven");
    private static final OrganisationId WIJKTEAM = OrganisationId.of("wijkteam-zuiderhaven");
    private static final OrganisationId GGZ = OrganisationId.of("ggz-delta");
    private static final OrganisationId VRIJWILLIGERS = OrganisationId.of("vrijwilligers-zuiderhaven");
    private static final OrganisationId WOONSTEDE = OrganisationId.of("woonstede");
    private static final PersonId VOLUNTEER = PersonId.random();
    private static final PersonId UNSIGNED_VOLUNTEER = PersonId.random();
    private static final PersonId PROFESSIONAL = PersonId.random();

    private static final String VOLUNTEERS_LOGIN = "login-anna";
    private static final String OTHER_VOLUNTEERS_LOGIN = "login-bram";
    private static final Actor VOLUNTEER_IN_PERSON =
            new Actor(VOLUNTEERS_LOGIN, Optional.of(VOLUNTEER), Optional.of(VRIJWILLIGERS), Set.of(Roles.VOLUNTEER));

    private static final Actor COORDINATOR = actor(WELZIJN, Roles.NETWORK_COORDINATOR);
    private static final Actor WIJKTEAM_PROFESSIONAL = actor(WIJKTEAM, Roles.PROFESSIONAL);
    private static final Actor VOLUNTEER_COORDINATOR = actor(VRIJWILLIGERS, Roles.PROFESSIONAL);

    private final CaseId caseId = CaseId.random();
    private final ClientId client = ClientId.random();
    private final ActionId task = ActionId.random();
    private final ActionId doneTask = ActionId.random();
    private final ActionId helpersTask = ActionId.random();
    private final HandoverId handoverId = HandoverId.random();
    private AggregateTestFixture<Handover> fixture;
    /** Whether partner-service flagged the volunteers as overloaded. */
    private boolean volunteerOverloaded;
    /** The last day of the volunteers' agreement. */
    private LocalDate agreementEndsOn = TODAY.plusYears(1);

    /** Seals reversibly and visibly, so events compare equal and a test can see what was sealed under what. */
    private static final PersonalDataVault VAULT = new PersonalDataVault() {
        @Override
        public Sealed seal(String subject, String plaintext) {
            return new Sealed(subject, "iv", new StringBuilder(plaintext).reverse().toString());
        }

        @Override
        public Optional<String> open(Sealed sealed) {
            return Optional.of(new StringBuilder(sealed.data()).reverse().toString());
        }

        @Override
        public boolean erase(String subject) {
            return false;
        }

        @Override
        public boolean isErased(String subject) {
            return false;
        }

        @Override
        public String blindIndex(String purpose, String value) {
            return purpose + ":" + new StringBuilder(value).reverse();
        }
    };

    private Cases.CaseFacts facts;

    private Cases.CaseFacts facts(NetworkId network, Optional<InformalOptionOutcome> informalOption) {
        return new Cases.CaseFacts(caseId, network, client, true, LegalBasis.EXPLICIT_CONSENT,
                Party.organisation(WELZIJN), Set.of(Party.organisation(WELZIJN), Party.organisation(WIJKTEAM)),
                informalOption, Map.of(
                        task, new Cases.ActionFacts(task, Party.organisation(WIJKTEAM), TODAY.plusDays(7), true),
                        doneTask, new Cases.ActionFacts(doneTask, Party.organisation(WIJKTEAM), TODAY, false),
                        helpersTask, new Cases.ActionFacts(helpersTask, Party.informalHelper(VOLUNTEER), TODAY,
                                true)));
    }

    @BeforeEach
    void setUp() {
        facts = facts(WIJK, Optional.of(InformalOptionOutcome.INFORMAL_AND_FORMAL_HELP));
        fixture = new AggregateTestFixture<>(Handover.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((Cases) id -> Optional.of(facts).filter(f -> f.caseId().equals(id)));
        FixedPartners partners = new FixedPartners()
                .network(WIJK, WELZIJN, true)
                .network(OGGZ, WELZIJN, false)
                .organisation(WELZIJN, KindOfHelp.FORMAL, Sector.WELFARE)
                .organisation(WIJKTEAM, KindOfHelp.FORMAL, Sector.SOCIAL_WORK)
                .organisation(GGZ, KindOfHelp.FORMAL, Sector.MENTAL_HEALTH)
                .organisation(WOONSTEDE, KindOfHelp.FORMAL, Sector.HOUSING)
                .organisation(VRIJWILLIGERS, KindOfHelp.INFORMAL, Sector.VOLUNTEER_ORGANISATION)
                .person(VOLUNTEER, PersonKind.VOLUNTEER, VRIJWILLIGERS)
                .person(UNSIGNED_VOLUNTEER, PersonKind.VOLUNTEER, VRIJWILLIGERS)
                .person(PROFESSIONAL, PersonKind.PROFESSIONAL, WIJKTEAM)
                .login(VOLUNTEERS_LOGIN, VOLUNTEER)
                .login(OTHER_VOLUNTEERS_LOGIN, UNSIGNED_VOLUNTEER);
        fixture.registerInjectableResource(partners);
        // Woonstede has not signed the covenant; one volunteer has not signed the undertaking.
        PartyAccess access = (network, recipient, deployment) ->
                recipient.equals(Recipient.organisation(WOONSTEDE)) ? AccessDecision.refused(Refusal.NO_COVENANT)
                        : recipient.equals(Recipient.person(UNSIGNED_VOLUNTEER))
                        ? AccessDecision.refused(Refusal.NO_UNDERTAKING) : AccessDecision.permitted();
        fixture.registerInjectableResource(access);
        fixture.registerInjectableResource(partners.permissions(access));
        fixture.registerInjectableResource(VAULT);
        // The volunteers agreed to keep company, on any day, until agreementEndsOn.
        fixture.registerInjectableResource(new VolunteerLimits(new VolunteerLimits.Facts() {
            @Override
            public Optional<PartnerParties.Person> person(PersonId person) {
                return partners.person(person);
            }

            @Override
            public Optional<VolunteerAgreements.Agreement> agreementInForce(PersonId volunteer, LocalDate day) {
                return Optional.of(new VolunteerAgreements.Agreement("agreement-" + volunteer.value(),
                        VRIJWILLIGERS, Set.of(VolunteerTask.COMPANIONSHIP), EnumSet.allOf(DayOfWeek.class),
                        TODAY.minusYears(1), agreementEndsOn, volunteerOverloaded));
            }
        }));
    }

    private static Actor actor(OrganisationId organisation, String role) {
        return new Actor("user-" + organisation.value(), Optional.of(organisation), Set.of(role));
    }

    private HandoverInitiated leadToGgz() {
        return new HandoverInitiated(handoverId, caseId, WIJK, HandoverSubject.CASE_LEAD, null,
                Party.organisation(WELZIJN), Party.organisation(GGZ), GGZ, HelpDirection.FORMAL_TO_FORMAL, null,
                LegalBasis.EXPLICIT_CONSENT, null, DUE, NOW);
    }

    private HandoverInitiated taskToVolunteer() {
        return new HandoverInitiated(handoverId, caseId, WIJK, HandoverSubject.TASK, task,
                Party.organisation(WIJKTEAM), Party.informalHelper(VOLUNTEER), VRIJWILLIGERS,
                HelpDirection.FORMAL_TO_INFORMAL, PROFESSIONAL, LegalBasis.EXPLICIT_CONSENT, null, DUE, NOW);
    }

    private HandoverAccepted taskAccepted() {
        return new HandoverAccepted(handoverId, caseId, WIJK, HandoverSubject.TASK, task,
                Party.informalHelper(VOLUNTEER), LegalBasis.EXPLICIT_CONSENT, null, NOW);
    }

    private InitiateHandover initiate(HandoverSubject subject, ActionId action, Party to, PersonId backstop,
            Actor actor) {
        return new InitiateHandover(handoverId, caseId, subject, action, to, backstop, VolunteerTask.COMPANIONSHIP,
                null, actor);
    }

    @Test
    void theCoordinatorHandsTheCaseLeadToAnotherFormalOrganisation() {
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(GGZ), null, COORDINATOR))
                .expectEvents(leadToGgz());
    }

    @Test
    void theTaskOwnerHandsATaskToAVolunteerWithAProfessionalBackstop() {
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.informalHelper(VOLUNTEER), PROFESSIONAL,
                        WIJKTEAM_PROFESSIONAL))
                .expectEvents(taskToVolunteer());
    }

    /** Issue 8, item 16: a task handed to a volunteer is work given to them, so their agreement limits it. */
    @Test
    void aTaskIsHandedToAnOverloadedVolunteerOrOnePastTheirAgreementOnlyByTheCoordinatorWithAReason() {
        volunteerOverloaded = true;
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.informalHelper(VOLUNTEER), PROFESSIONAL,
                        WIJKTEAM_PROFESSIONAL))
                .expectException(exceeds("overloaded"))
                .expectNoEvents();
        volunteerOverloaded = false;
        agreementEndsOn = TODAY.plusDays(3);
        fixture.givenNoPriorActivity()
                .when(new InitiateHandover(handoverId, caseId, HandoverSubject.TASK, task,
                        Party.informalHelper(VOLUNTEER), PROFESSIONAL, VolunteerTask.TRANSPORT, null,
                        WIJKTEAM_PROFESSIONAL))
                .expectException(exceeds("task-not-agreed, after-agreement-ends"))
                .expectNoEvents();
        VolunteerLimits.Override override = new VolunteerLimits.Override("Zij rijdt hem al jaren.");
        fixture.givenNoPriorActivity()
                .when(new InitiateHandover(handoverId, caseId, HandoverSubject.TASK, task,
                        Party.informalHelper(VOLUNTEER), PROFESSIONAL, VolunteerTask.TRANSPORT, override,
                        WIJKTEAM_PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();

        fixture.givenNoPriorActivity()
                .when(new InitiateHandover(handoverId, caseId, HandoverSubject.TASK, task,
                        Party.informalHelper(VOLUNTEER), PROFESSIONAL, VolunteerTask.TRANSPORT, override,
                        COORDINATOR))
                .expectEvents(taskToVolunteer(), new VolunteerLimitsOverridden(caseId, WIJK,
                        VolunteerLimitsOverridden.Given.HANDOVER, handoverId.asString(),
                        Party.informalHelper(VOLUNTEER), List.of(VolunteerLimits.Limit.TASK_NOT_AGREED,
                                VolunteerLimits.Limit.AFTER_AGREEMENT_ENDS),
                        VAULT.seal(client.asString(), "Zij rijdt hem al jaren."), NOW));
    }

    private static org.hamcrest.Matcher<Throwable> exceeds(String limits) {
        return Matchers.predicate(e -> e instanceof RuleViolation violation
                && violation.code().equals(VolunteerLimits.LIMITS_EXCEEDED)
                && violation.getMessage().contains(limits));
    }

    @Test
    void aHandoverToInformalHelpNamesAProfessionalBackstop() {
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.informalHelper(VOLUNTEER), null,
                        WIJKTEAM_PROFESSIONAL))
                .expectException(Matchers.predicate(e -> e instanceof InvalidField field
                        && field.field().equals("backstopId")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.informalHelper(VOLUNTEER), UNSIGNED_VOLUNTEER,
                        WIJKTEAM_PROFESSIONAL))
                .expectException(InvalidField.class)
                .expectExceptionMessage("is not a known professional")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(VRIJWILLIGERS), null,
                        COORDINATOR))
                .expectException(Matchers.predicate(e -> e instanceof InvalidField field
                        && field.field().equals("backstopId")))
                .expectNoEvents();
    }

    @Test
    void aReceivingPartyWithoutCovenantOrUndertakingIsRefusedWithTheReason() {
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(WOONSTEDE), null, COORDINATOR))
                .expectException(Matchers.predicate(e -> e instanceof RuleViolation violation
                        && violation.code().equals("no-covenant")
                        && violation.getMessage().equals(Refusal.NO_COVENANT.explanation() + " (R3)")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.informalHelper(UNSIGNED_VOLUNTEER), PROFESSIONAL,
                        WIJKTEAM_PROFESSIONAL))
                .expectException(Matchers.predicate(e -> e instanceof RuleViolation violation
                        && violation.code().equals("no-undertaking")))
                .expectNoEvents();
    }

    @Test
    void refusesBadSubjectsAndRecipients() {
        Object[][] cases = {
                {initiate(null, null, Party.organisation(GGZ), null, COORDINATOR), "handedOver"},
                {initiate(HandoverSubject.TASK, null, Party.organisation(GGZ), null, COORDINATOR), "actionId"},
                {initiate(HandoverSubject.CASE_LEAD, task, Party.organisation(GGZ), null, COORDINATOR), "actionId"},
                {initiate(HandoverSubject.TASK, ActionId.random(), Party.organisation(GGZ), null, COORDINATOR),
                        "actionId"},
                {initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(WELZIJN), null, COORDINATOR), "toId"},
                {initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(OrganisationId.of("onbekend")), null,
                        COORDINATOR), "toId"},
                {initiate(HandoverSubject.TASK, task, Party.informalHelper(PersonId.random()), PROFESSIONAL,
                        WIJKTEAM_PROFESSIONAL), "toId"},
                {initiate(HandoverSubject.TASK, task, Party.informalHelper(PROFESSIONAL), PROFESSIONAL,
                        WIJKTEAM_PROFESSIONAL), "toId"}};
        for (Object[] bad : cases) {
            fixture.givenNoPriorActivity()
                    .when(bad[0])
                    .expectException(Matchers.predicate(e -> e instanceof InvalidField field
                            && field.field().equals(bad[1])))
                    .expectNoEvents();
        }
    }

    @Test
    void refusesAnUnknownCaseAndATaskThatIsDone() {
        fixture.givenNoPriorActivity()
                .when(new InitiateHandover(handoverId, CaseId.random(), HandoverSubject.CASE_LEAD, null,
                        Party.organisation(GGZ), null, null, null, COORDINATOR))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, doneTask, Party.organisation(GGZ), null, WIJKTEAM_PROFESSIONAL))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The task is done or cancelled.")
                .expectNoEvents();
    }

    @Test
    void onlyThePartyHandingOverOrTheCoordinatorInitiates() {
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(GGZ), null, WIJKTEAM_PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.organisation(GGZ), null,
                        actor(WIJKTEAM, Roles.VOLUNTEER)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theVolunteersOrganisationAcceptsForThem() {
        fixture.given(taskToVolunteer())
                .when(new AcceptHandover(handoverId, VOLUNTEER_COORDINATOR))
                .expectEvents(taskAccepted());
        fixture.given(taskToVolunteer())
                .when(new AcceptHandover(handoverId, WIJKTEAM_PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theVolunteerAcceptsInPersonWithTheLoginLinkedToThem() {
        fixture.given(taskToVolunteer())
                .when(new AcceptHandover(handoverId, VOLUNTEER_IN_PERSON))
                .expectEvents(taskAccepted());
    }

    @Test
    void anotherVolunteerOfTheSameOrganisationCannotAnswerForThem() {
        Actor colleague = new Actor(OTHER_VOLUNTEERS_LOGIN, Optional.of(UNSIGNED_VOLUNTEER), Optional.of(VRIJWILLIGERS),
                Set.of(Roles.VOLUNTEER));
        Actor unlinked = new Actor("login-nobody", Optional.of(VRIJWILLIGERS), Set.of(Roles.VOLUNTEER));
        for (Actor stranger : List.of(colleague, unlinked)) {
            fixture.given(taskToVolunteer())
                    .when(new AcceptHandover(handoverId, stranger))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
            fixture.given(taskToVolunteer())
                    .when(new DeclineHandover(handoverId, DeclineReason.NO_CAPACITY, stranger))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Test
    void theLinkedLoginIsNoVolunteerWithoutTheVolunteerRole() {
        Actor citizen = new Actor(VOLUNTEERS_LOGIN, Optional.of(VOLUNTEER), Optional.of(VRIJWILLIGERS),
                Set.of(Roles.CITIZEN));
        fixture.given(taskToVolunteer())
                .when(new AcceptHandover(handoverId, citizen))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theVolunteerDeclinesAndReturnsFeedbackInPerson() {
        fixture.given(taskToVolunteer())
                .when(new DeclineHandover(handoverId, DeclineReason.NO_CAPACITY, VOLUNTEER_IN_PERSON))
                .expectEvents(new HandoverDeclined(handoverId, caseId, WIJK, Party.informalHelper(VOLUNTEER),
                        DeclineReason.NO_CAPACITY, NOW));
        String feedback = "Boodschappen gedaan, mevrouw redt zich weer.";
        fixture.given(taskToVolunteer(), taskAccepted())
                .when(new ReturnHandoverFeedback(handoverId, feedback, VOLUNTEER_IN_PERSON))
                .expectEvents(new HandoverFeedbackReturned(handoverId, caseId, WIJK, Party.informalHelper(VOLUNTEER),
                        VAULT.seal(client.asString(), feedback), NOW));
    }

    @Test
    void theVolunteerHandsTheirOwnTaskBackToFormalHelpInPerson() {
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, helpersTask, Party.organisation(GGZ), null, VOLUNTEER_IN_PERSON))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof HandoverInitiated initiated
                                && initiated.direction() == HelpDirection.INFORMAL_TO_FORMAL),
                        Matchers.andNoMore())));
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.organisation(GGZ), null, VOLUNTEER_IN_PERSON))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theReceivingPartyDeclinesWithAReasonAndAnswersOnlyOnce() {
        HandoverDeclined declined = new HandoverDeclined(handoverId, caseId, WIJK, Party.organisation(GGZ),
                DeclineReason.NO_CAPACITY, NOW);
        Actor ggz = actor(GGZ, Roles.PARTNER_SYSTEM);
        fixture.given(leadToGgz())
                .when(new DeclineHandover(handoverId, DeclineReason.NO_CAPACITY, ggz))
                .expectEvents(declined);
        fixture.given(leadToGgz())
                .when(new DeclineHandover(handoverId, null, ggz))
                .expectException(InvalidField.class)
                .expectNoEvents();
        fixture.given(leadToGgz(), declined)
                .when(new AcceptHandover(handoverId, ggz))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The handover was declined already.")
                .expectNoEvents();
        fixture.given(taskToVolunteer(), taskAccepted())
                .when(new DeclineHandover(handoverId, DeclineReason.OTHER, VOLUNTEER_COORDINATOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The handover was accepted already.")
                .expectNoEvents();
    }

    @Test
    void formalHelpWaitsForTheInformalOptionWhereTheNetworkSaysSo() {
        facts = facts(WIJK, Optional.empty());
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.CASE_LEAD, null, Party.organisation(GGZ), null, COORDINATOR))
                .expectException(Matchers.predicate(e -> e instanceof RuleViolation violation
                        && violation.code().equals("informal-option-not-assessed")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, helpersTask, Party.organisation(GGZ), null,
                        VOLUNTEER_COORDINATOR))
                .expectException(Matchers.predicate(e -> e instanceof RuleViolation violation
                        && violation.code().equals("informal-option-not-assessed")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, task, Party.informalHelper(VOLUNTEER), PROFESSIONAL,
                        WIJKTEAM_PROFESSIONAL))
                .expectEvents(taskToVolunteer());
    }

    @Test
    void formalHelpNeedsNoAssessedInformalOptionWhereTheNetworkDoesNotAskForIt() {
        facts = facts(OGGZ, Optional.empty());
        fixture.givenNoPriorActivity()
                .when(initiate(HandoverSubject.TASK, helpersTask, Party.organisation(GGZ), null,
                        VOLUNTEER_COORDINATOR))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof HandoverInitiated initiated
                                && initiated.direction() == HelpDirection.INFORMAL_TO_FORMAL),
                        Matchers.andNoMore())));
    }

    @Test
    void feedbackIsSealedUnderTheClientAndReturnedOnceAfterAcceptance() {
        String feedback = "Mevrouw is blij met de wekelijkse wandeling.";
        HandoverFeedbackReturned returned = new HandoverFeedbackReturned(handoverId, caseId, WIJK,
                Party.informalHelper(VOLUNTEER), VAULT.seal(client.asString(), feedback), NOW);
        fixture.given(taskToVolunteer(), taskAccepted())
                .when(new ReturnHandoverFeedback(handoverId, feedback, VOLUNTEER_COORDINATOR))
                .expectEvents(returned);
        fixture.given(taskToVolunteer(), taskAccepted(), returned)
                .when(new ReturnHandoverFeedback(handoverId, feedback, VOLUNTEER_COORDINATOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Feedback on this handover was returned already.")
                .expectNoEvents();
        fixture.given(taskToVolunteer())
                .when(new ReturnHandoverFeedback(handoverId, feedback, VOLUNTEER_COORDINATOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Feedback follows an accepted handover.")
                .expectNoEvents();
    }

    @Test
    void refusesBlankOrOverlongFeedback() {
        for (String bad : new String[] {" \n ", "x".repeat(ReturnHandoverFeedback.MAX_FEEDBACK_LENGTH + 1)}) {
            fixture.given(taskToVolunteer(), taskAccepted())
                    .when(new ReturnHandoverFeedback(handoverId, bad, VOLUNTEER_COORDINATOR))
                    .expectException(InvalidField.class)
                    .expectNoEvents();
        }
    }
}
