package nl.samenspel.cases.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.FixedPartners;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partnerfacts.access.AccessDecision;
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

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-12-04");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final OrganisationId WELZIJN = OrganisationId.of("welzijn-zuiderhaven");
    private static final OrganisationId GGD = OrganisationId.of("ggd-zuiderhaven");
    private static final OrganisationId WIJKTEAM = OrganisationId.of("wijkteam-zuiderhaven");
    private static final OrganisationId SCHULDHULP = OrganisationId.of("schuldhulp-zuiderhaven");
    private static final OrganisationId VOEDSELBANK = OrganisationId.of("voedselbank-zuiderhaven");
    private static final OrganisationId ZELFHULP = OrganisationId.of("zelfhulp-rouw-noord");
    private static final OrganisationId GGZ_DELTA = OrganisationId.of("ggz-delta");

    private static final Actor COORDINATOR = actor(WELZIJN, Roles.NETWORK_COORDINATOR);
    private static final Actor WIJKTEAM_PROFESSIONAL = actor(WIJKTEAM, Roles.PROFESSIONAL);
    private static final Actor SCHULDHULP_SYSTEM = actor(SCHULDHULP, Roles.PARTNER_SYSTEM);

    private final CaseId caseId = CaseId.random();
    private final ReferralId referralId = ReferralId.random();
    private final Map<CaseId, Cases.CaseFacts> cases = new HashMap<>();
    /** Organisations partner facts refuse the case's data; GGZ Delta is no member of the network. */
    private final Set<OrganisationId> refused = new HashSet<>(Set.of(GGZ_DELTA));
    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        cases.put(caseId, facts(true, Optional.empty()));
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((Cases) id -> Optional.ofNullable(cases.get(id)));
        FixedPartners partners = new FixedPartners()
                .network(WIJK, WELZIJN, true)
                .network(OGGZ, GGD, false)
                .organisation(WELZIJN, KindOfHelp.FORMAL, Sector.WELFARE)
                .organisation(WIJKTEAM, KindOfHelp.FORMAL, Sector.SOCIAL_WORK)
                .organisation(SCHULDHULP, KindOfHelp.FORMAL, Sector.DEBT_HELP)
                .organisation(VOEDSELBANK, KindOfHelp.INFORMAL, Sector.VOLUNTEER_ORGANISATION)
                .organisation(ZELFHULP, KindOfHelp.INFORMAL, Sector.SELF_HELP)
                .organisation(GGZ_DELTA, KindOfHelp.FORMAL, Sector.MENTAL_HEALTH);
        fixture.registerInjectableResource(partners);
        fixture.registerInjectableResource(partners.permissions((network, recipient, deployment) ->
                refused.stream().anyMatch(organisation -> recipient.equals(Recipient.organisation(organisation)))
                        ? AccessDecision.refused(Refusal.NOT_A_MEMBER) : AccessDecision.permitted()));
    }

    private static Actor actor(OrganisationId organisation, String role) {
        return new Actor("user-" + organisation.value(), Optional.of(organisation), Set.of(role));
    }

    private Cases.CaseFacts facts(boolean open, Optional<InformalOptionOutcome> informalOption) {
        return new Cases.CaseFacts(caseId, WIJK, ClientId.random(), open, LegalBasis.EXPLICIT_CONSENT,
                Party.organisation(WELZIJN),
                Set.of(Party.organisation(WELZIJN), Party.organisation(WIJKTEAM)), informalOption, Map.of());
    }

    private ReferralMade made(OrganisationId from, ReferralTarget target, String targetId, boolean selfHelp,
            HelpDirection direction) {
        return new ReferralMade(referralId, caseId, WIJK, from, target, targetId, selfHelp, direction,
                LegalBasis.EXPLICIT_CONSENT, null, selfHelp ? null : DUE, NOW);
    }

    private ReferralMade madeToSchuldhulp() {
        return made(WELZIJN, ReferralTarget.ORGANISATION, SCHULDHULP.value(), false, HelpDirection.FORMAL_TO_FORMAL);
    }

    private void assessed() {
        cases.put(caseId, facts(true, Optional.of(InformalOptionOutcome.FORMAL_HELP)));
    }

    @Test
    void theCoordinatorRefersToFormalHelpOnceTheInformalOptionWasAssessed() {
        assessed();
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, SCHULDHULP.value(),
                        COORDINATOR))
                .expectEvents(madeToSchuldhulp());
    }

    @Test
    void formalHelpIsRefusedWhileTheInformalOptionIsNotAssessedWhereTheNetworkPutsItFirst() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, SCHULDHULP.value(),
                        COORDINATOR))
                .expectException(RuleViolation.class)
                .expectException(Matchers.predicate(e -> ((RuleViolation) e).code()
                        .equals("informal-option-not-assessed")))
                .expectNoEvents();
    }

    @Test
    void informalHelpNeedsNoAssessmentFirst() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, VOEDSELBANK.value(),
                        COORDINATOR))
                .expectEvents(made(WELZIJN, ReferralTarget.ORGANISATION, VOEDSELBANK.value(), false,
                        HelpDirection.FORMAL_TO_INFORMAL));
    }

    @Test
    void theCaseLeadRefersTheCase() {
        cases.put(caseId, new Cases.CaseFacts(caseId, WIJK, ClientId.random(), true, LegalBasis.EXPLICIT_CONSENT,
                Party.organisation(WIJKTEAM), Set.of(Party.organisation(WELZIJN), Party.organisation(WIJKTEAM)),
                Optional.empty(), Map.of()));
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, VOEDSELBANK.value(),
                        WIJKTEAM_PROFESSIONAL))
                .expectEvents(made(WIJKTEAM, ReferralTarget.ORGANISATION, VOEDSELBANK.value(), false,
                        HelpDirection.FORMAL_TO_INFORMAL));
    }

    /** Issue 8, item 5: GGZ Delta is no member of the neighbourhood network, so it is not given the case. */
    @Test
    void anOrganisationPartnerFactsRefuseIsNotReferredTo() {
        assessed();
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, GGZ_DELTA.value(),
                        COORDINATOR))
                .expectException(RuleViolation.class)
                .expectException(Matchers.predicate(e -> ((RuleViolation) e).code().equals("not-a-member")))
                .expectNoEvents();
    }

    @Test
    void acceptanceChecksPartnerFactsAgain() {
        refused.add(SCHULDHULP);
        fixture.given(madeToSchuldhulp())
                .when(new AcceptReferral(referralId, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectException(Matchers.predicate(e -> ((RuleViolation) e).code().equals("not-a-member")))
                .expectNoEvents();
    }

    @Test
    void aReferralToASelfHelpGroupIsRecordedWithoutAnAnswerDue() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, ZELFHULP.value(), COORDINATOR))
                .expectEvents(made(WELZIJN, ReferralTarget.ORGANISATION, ZELFHULP.value(), true,
                        HelpDirection.FORMAL_TO_INFORMAL));
    }

    @Test
    void anotherNetworkTakesTheCaseInAsFormalHelp() {
        assessed();
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.NETWORK, OGGZ.value(), COORDINATOR))
                .expectEvents(made(WELZIJN, ReferralTarget.NETWORK, OGGZ.value(), false,
                        HelpDirection.FORMAL_TO_FORMAL));
    }

    @Test
    void refusesAnUnknownCase() {
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, CaseId.random(), ReferralTarget.ORGANISATION, VOEDSELBANK.value(),
                        COORDINATOR))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAClosedCase() {
        cases.put(caseId, facts(false, Optional.empty()));
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, VOEDSELBANK.value(),
                        COORDINATOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The case is closed.")
                .expectNoEvents();
    }

    @Test
    void refusesAnyoneButWhoeverRunsTheCaseATeamMemberToo() {
        for (Actor outsider : new Actor[] {SCHULDHULP_SYSTEM, actor(GGD, Roles.NETWORK_COORDINATOR),
                actor(WIJKTEAM, Roles.VOLUNTEER), WIJKTEAM_PROFESSIONAL}) {
            fixture.givenNoPriorActivity()
                    .when(new MakeReferral(referralId, caseId, ReferralTarget.ORGANISATION, VOEDSELBANK.value(),
                            outsider))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Test
    void refusesTargetsThatAreUnknownOrNoTargetAtAll() {
        String[][] targets = {{"ORGANISATION", "onbekende-stichting", "is not a known organisation"},
                {"NETWORK", "wijknetwerk-elders", "is not a known network"},
                {"NETWORK", WIJK.value(), "is the case's own network"},
                {"ORGANISATION", WELZIJN.value(), "is the referring organisation itself"},
                {"ORGANISATION", "Not A Slug", "is not an organisation id"}};
        for (String[] target : targets) {
            fixture.givenNoPriorActivity()
                    .when(new MakeReferral(referralId, caseId, ReferralTarget.valueOf(target[0]), target[1],
                            COORDINATOR))
                    .expectException(InvalidField.class)
                    .expectExceptionMessage(target[2])
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new MakeReferral(referralId, caseId, null, VOEDSELBANK.value(), COORDINATOR))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    @Test
    void theReceivingOrganisationAccepts() {
        fixture.given(madeToSchuldhulp())
                .when(new AcceptReferral(referralId, SCHULDHULP_SYSTEM))
                .expectEvents(new ReferralAccepted(referralId, caseId, WIJK, ReferralTarget.ORGANISATION,
                        SCHULDHULP.value(), LegalBasis.EXPLICIT_CONSENT, null, NOW));
    }

    @Test
    void theCoordinatorOfTheReceivingNetworkAcceptsAReferralToIt() {
        ReferralMade toOggz = made(WELZIJN, ReferralTarget.NETWORK, OGGZ.value(), false,
                HelpDirection.FORMAL_TO_FORMAL);
        fixture.given(toOggz)
                .when(new AcceptReferral(referralId, COORDINATOR))
                .expectException(NotPermitted.class)
                .expectNoEvents();
        fixture.given(toOggz)
                .when(new AcceptReferral(referralId, actor(GGD, Roles.NETWORK_COORDINATOR)))
                .expectEvents(new ReferralAccepted(referralId, caseId, WIJK, ReferralTarget.NETWORK, OGGZ.value(),
                        LegalBasis.EXPLICIT_CONSENT, null, NOW));
    }

    @Test
    void onlyTheReceivingPartyAnswers() {
        fixture.given(madeToSchuldhulp())
                .when(new AcceptReferral(referralId, WIJKTEAM_PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
        fixture.given(madeToSchuldhulp())
                .when(new DeclineReferral(referralId, DeclineReason.NO_CAPACITY, COORDINATOR))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theReceivingOrganisationDeclinesWithAReason() {
        fixture.given(madeToSchuldhulp())
                .when(new DeclineReferral(referralId, DeclineReason.OUTSIDE_AREA, SCHULDHULP_SYSTEM))
                .expectEvents(new ReferralDeclined(referralId, caseId, WIJK, SCHULDHULP.value(),
                        DeclineReason.OUTSIDE_AREA, NOW));
        fixture.given(madeToSchuldhulp())
                .when(new DeclineReferral(referralId, null, SCHULDHULP_SYSTEM))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    @Test
    void aDeclinedReferralCannotBeAcceptedNorAnAcceptedOneDeclined() {
        ReferralDeclined declined = new ReferralDeclined(referralId, caseId, WIJK, SCHULDHULP.value(),
                DeclineReason.NO_CAPACITY, NOW);
        ReferralAccepted accepted = new ReferralAccepted(referralId, caseId, WIJK, ReferralTarget.ORGANISATION,
                SCHULDHULP.value(), LegalBasis.EXPLICIT_CONSENT, null, NOW);
        fixture.given(madeToSchuldhulp(), declined)
                .when(new AcceptReferral(referralId, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The referral was declined already.")
                .expectNoEvents();
        fixture.given(madeToSchuldhulp(), accepted)
                .when(new DeclineReferral(referralId, DeclineReason.NO_CAPACITY, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The referral was accepted already.")
                .expectNoEvents();
        fixture.given(madeToSchuldhulp(), accepted)
                .when(new AcceptReferral(referralId, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAcceptedReferralIsCompletedOnce() {
        ReferralAccepted accepted = new ReferralAccepted(referralId, caseId, WIJK, ReferralTarget.ORGANISATION,
                SCHULDHULP.value(), LegalBasis.EXPLICIT_CONSENT, null, NOW);
        ReferralCompleted completed = new ReferralCompleted(referralId, caseId, WIJK, SCHULDHULP.value(), NOW);
        fixture.given(madeToSchuldhulp(), accepted)
                .when(new CompleteReferral(referralId, COORDINATOR))
                .expectEvents(completed);
        fixture.given(madeToSchuldhulp(), accepted, completed)
                .when(new CompleteReferral(referralId, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The referral was completed already.")
                .expectNoEvents();
        fixture.given(madeToSchuldhulp(), accepted)
                .when(new CompleteReferral(referralId, actor(VOEDSELBANK, Roles.PROFESSIONAL)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anUnacceptedReferralIsNotCompleted() {
        fixture.given(madeToSchuldhulp())
                .when(new CompleteReferral(referralId, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Only an accepted referral can be completed.")
                .expectNoEvents();
        fixture.given(madeToSchuldhulp(), new ReferralDeclined(referralId, caseId, WIJK, SCHULDHULP.value(),
                        DeclineReason.NO_CAPACITY, NOW))
                .when(new CompleteReferral(referralId, SCHULDHULP_SYSTEM))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferralToASelfHelpGroupHasNoFollowUp() {
        ReferralMade toGroup = made(WELZIJN, ReferralTarget.ORGANISATION, ZELFHULP.value(), true,
                HelpDirection.FORMAL_TO_INFORMAL);
        Actor group = actor(ZELFHULP, Roles.PROFESSIONAL);
        Object[] followUps = {new AcceptReferral(referralId, group),
                new DeclineReferral(referralId, DeclineReason.OTHER, group), new CompleteReferral(referralId, group)};
        for (Object followUp : followUps) {
            fixture.given(toGroup)
                    .when(followUp)
                    .expectException(Matchers.predicate(e -> e instanceof RuleViolation violation
                            && violation.code().equals("self-help-referral-has-no-follow-up")))
                    .expectNoEvents();
        }
    }
}
