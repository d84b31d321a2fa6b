package nl.samenspel.cases.casefile;

import static nl.samenspel.cases.casefile.TestVault.sealed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.FixedPartners;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.cases.VolunteerLimitsOverridden;
import nl.samenspel.cases.access.CaseAccess;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.FormalHelpReason;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final NetworkId WIJK = NetworkId.of("wijk-noord");
    private static final OrganisationId GGD = OrganisationId.of("ggd-zuiderhaven");
    private static final OrganisationId WELZIJN = OrganisationId.of("welzijn-noord");
    private static final Party COORDINATION = Party.organisation(GGD);
    private static final Party GGZ = Party.organisation(OrganisationId.of("ggz-zuiderhaven"));
    private static final Party POLICE = Party.organisation(OrganisationId.of("politie-zuiderhaven"));
    private static final Party CHURCH = Party.organisation(OrganisationId.of("kerk-zuid"));
    private static final PersonId VOLUNTEER_ID = PersonId.random();
    private static final Party VOLUNTEER = Party.informalHelper(VOLUNTEER_ID);

    private static final Actor COORDINATOR = actor(GGD, Roles.NETWORK_COORDINATOR);
    private static final Actor GGZ_PROFESSIONAL = actor(OrganisationId.of(GGZ.id()), Roles.PROFESSIONAL);
    private static final Actor POLICE_OFFICER = actor(OrganisationId.of(POLICE.id()), Roles.PROFESSIONAL);
    private static final Actor OTHER_COORDINATOR = actor(WELZIJN, Roles.NETWORK_COORDINATOR);
    private static final Actor VOLUNTEER_ACTOR = new Actor("login-of-the-volunteer", Optional.of(VOLUNTEER_ID),
            Optional.of(OrganisationId.of("vrijwilligers-zuid")), Set.of(Roles.VOLUNTEER));

    private static final CaseAccess FULL = new CaseAccess(CaseAccess.Level.FULL, Optional.empty());

    private static final CaseId CASE = CaseId.random();
    private static final ClientId CLIENT = ClientId.random();
    private static final ClientId CHILD = ClientId.random();
    private static final String SIGNAL = UUID.randomUUID().toString();
    private static final String CONFERENCE = UUID.randomUUID().toString();
    private static final ActionId ACTION = ActionId.random();

    private static final ClientDetails JAN = new ClientDetails("Jan de Vries", LocalDate.parse("1961-03-14"),
            "111222333", null, "1234 AB", "12a");
    private static final ClientDetails PIM = new ClientDetails("Pim de Vries", LocalDate.parse("2014-06-01"), null,
            "Dorpsstraat 12a, Zuiderhaven", null, null);

    private AggregateTestFixture<Case> fixture;
    /** Whether partner-service flagged the volunteer as overloaded. */
    private boolean volunteerOverloaded;
    /** The days the volunteer's agreement says they are available on. */
    private Set<DayOfWeek> volunteerDays = EnumSet.allOf(DayOfWeek.class);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new TestVault());
        fixture.registerInjectableResource(new FixedNetworkRules());
        // The volunteer agreed to practical help, company and aftercare on any day, for a year around today.
        fixture.registerInjectableResource(new VolunteerLimits(new VolunteerLimits.Facts() {
            @Override
            public Optional<PartnerParties.Person> person(PersonId person) {
                return Optional.empty();
            }

            @Override
            public Optional<VolunteerAgreements.Agreement> agreementInForce(PersonId volunteer, LocalDate day) {
                return Optional.of(new VolunteerAgreements.Agreement("agreement-1", OrganisationId.of(
                        "vrijwilligers-zuid"), Set.of(VolunteerTask.PRACTICAL_HELP, VolunteerTask.COMPANIONSHIP,
                        VolunteerTask.AFTERCARE), volunteerDays,
                        TODAY.minusYears(1), TODAY.plusYears(1), volunteerOverloaded));
            }
        }));
        // The church has not signed the network's covenant.
        PartyAccess access = (network, recipient, deployment) -> recipient.equals(Recipient.organisation(
                OrganisationId.of(CHURCH.id()))) ? AccessDecision.refused(Refusal.NO_COVENANT) : AccessDecision.permitted();
        fixture.registerInjectableResource(new FixedPartners().network(OGGZ, GGD, true).network(WIJK, WELZIJN, false)
                .permissions(access));
    }

    private static Actor actor(OrganisationId organisation, String role) {
        return new Actor(role + "-of-" + organisation.value(), Optional.of(organisation), Set.of(role));
    }

    /** OGGZ allows informed consent and override; the neighbourhood network requires explicit consent. */
    static class FixedNetworkRules implements NetworkRules {

        @Override
        public Optional<Network> find(NetworkId networkId) {
            if (networkId.equals(OGGZ)) {
                return Optional.of(new Network(Optional.of(GGD),
                        List.of(LegalBasis.INFORMED_CONSENT, LegalBasis.HIGHER_INTEREST_OVERRIDE), true));
            }
            if (networkId.equals(WIJK)) {
                return Optional.of(new Network(Optional.of(WELZIJN), List.of(LegalBasis.EXPLICIT_CONSENT), false));
            }
            return Optional.empty();
        }
    }

    private static OpenCase open(NetworkId network, ClientDetails client, LegalBasis basis, Actor actor,
            List<OpenCase.FamilyMember> family) {
        return new OpenCase(CASE, network, CLIENT, client, SIGNAL, true,
                List.of(ProblemDomain.SELF_NEGLECT, ProblemDomain.DEBT), false, Presentation.SILENT, basis, family,
                actor);
    }

    private static OpenCase open(ClientDetails client) {
        return open(OGGZ, client, LegalBasis.INFORMED_CONSENT, COORDINATOR, List.of());
    }

    private static SealedClientDetails sealedDetails(ClientId client, ClientDetails details) {
        return SealedClientDetails.seal(new TestVault(), client, details);
    }

    private static Object[] opened() {
        return new Object[] {
            new CaseOpened(CASE, OGGZ, CLIENT, sealedDetails(CLIENT, JAN), SIGNAL, true,
                    List.of(ProblemDomain.SELF_NEGLECT, ProblemDomain.DEBT), false, Presentation.SILENT,
                    LegalBasis.INFORMED_CONSENT, COORDINATION, NOW.minusSeconds(86_400)),
            new CaseTeamMemberAdded(CASE, OGGZ, COORDINATION, NOW.minusSeconds(86_400))};
    }

    private TestExecutor<Case> givenOpen(Object... more) {
        return fixture.given(Stream.concat(Stream.of(opened()), Stream.of(more)).toList());
    }

    private static CaseTeamMemberAdded added(Party party) {
        return new CaseTeamMemberAdded(CASE, OGGZ, party, NOW);
    }

    private static ActionAgreed agreed(Party owner) {
        return new ActionAgreed(CASE, OGGZ, ACTION, sealed(CLIENT.asString(), "Huisbezoek"), owner, TODAY.plusDays(7),
                null, NOW);
    }

    private static CaseClosed closed() {
        return new CaseClosed(CASE, OGGZ, ClosureReason.GOALS_REACHED, Outcome.IMPROVED, TODAY.plusMonths(3), NOW);
    }

    // ---- opening ----

    @Test
    void theCoordinatorOpensACaseForAFamilyWithTheDetailsSealedPerClient() {
        fixture.givenNoPriorActivity()
                .when(open(OGGZ, JAN, LegalBasis.HIGHER_INTEREST_OVERRIDE, COORDINATOR,
                        List.of(new OpenCase.FamilyMember(CHILD, PIM))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new CaseOpened(CASE, OGGZ, CLIENT, sealedDetails(CLIENT, JAN), SIGNAL, true,
                                List.of(ProblemDomain.SELF_NEGLECT, ProblemDomain.DEBT), false, Presentation.SILENT,
                                LegalBasis.HIGHER_INTEREST_OVERRIDE, COORDINATION, NOW),
                        new CaseTeamMemberAdded(CASE, OGGZ, COORDINATION, NOW),
                        new ClientAddedToCase(CASE, OGGZ, CHILD, sealedDetails(CHILD, PIM), NOW));
    }

    @Test
    void sealedDetailsNameTheirClientAndHoldNoPlaintext() {
        SealedClientDetails sealed = SealedClientDetails.seal(new TestVault(), CLIENT, JAN);

        assertThat(sealed.name().keyId()).isEqualTo(CLIENT.asString());
        assertThat(sealed.toString()).doesNotContain("Jan de Vries").doesNotContain("111222333");
        assertThat(sealed.address()).isNull();
        assertThat(new CaseDisclosure(new TestVault()).client(FULL, sealed)).contains(JAN);
    }

    @Test
    void erasedDetailsReadAsAbsent() {
        TestVault vault = new TestVault();
        SealedClientDetails sealed = SealedClientDetails.seal(vault, CLIENT, JAN);

        vault.erase(CLIENT.asString());

        assertThat(new CaseDisclosure(vault).client(FULL, sealed)).isEmpty();
    }

    @Test
    void aNeighbourhoodNetworkOpensOnExplicitConsent() {
        Actor welzijn = actor(WELZIJN, Roles.NETWORK_COORDINATOR);
        fixture.givenNoPriorActivity()
                .when(open(WIJK, JAN, LegalBasis.EXPLICIT_CONSENT, welzijn, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    static Stream<Arguments> legalBasesTheNetworkDoesNotAllow() {
        return Stream.of(
                Arguments.of(OGGZ, LegalBasis.EXPLICIT_CONSENT, COORDINATOR),
                Arguments.of(OGGZ, LegalBasis.NONE_YET, COORDINATOR),
                Arguments.of(WIJK, LegalBasis.INFORMED_CONSENT,
                        actor(WELZIJN, Roles.NETWORK_COORDINATOR)),
                Arguments.of(WIJK, LegalBasis.HIGHER_INTEREST_OVERRIDE,
                        actor(WELZIJN, Roles.NETWORK_COORDINATOR)));
    }

    @ParameterizedTest
    @MethodSource("legalBasesTheNetworkDoesNotAllow")
    void refusesALegalBasisTheNetworkDoesNotAllow(NetworkId network, LegalBasis basis, Actor actor) {
        fixture.givenNoPriorActivity()
                .when(open(network, JAN, basis, actor, List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("legalBasis " + basis))
                .expectNoEvents();
    }

    @Test
    void onlyTheNetworksOwnCoordinatorOpensACase() {
        fixture.givenNoPriorActivity()
                .when(open(OGGZ, JAN, LegalBasis.INFORMED_CONSENT, OTHER_COORDINATOR, List.of()))
                .expectException(NotPermitted.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(open(OGGZ, JAN, LegalBasis.INFORMED_CONSENT,
                        actor(GGD, Roles.PROFESSIONAL), List.of()))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownNetwork() {
        fixture.givenNoPriorActivity()
                .when(open(NetworkId.of("elders"), JAN, LegalBasis.INFORMED_CONSENT, COORDINATOR, List.of()))
                .expectException(InvalidField.class)
                .expectExceptionMessage("is not a known network")
                .expectNoEvents();
    }

    static Stream<Arguments> badClientDetails() {
        LocalDate born = LocalDate.parse("1961-03-14");
        return Stream.of(
                Arguments.of(new ClientDetails("Jan", born, "111222334", "Dorpsstraat 1", null, null), "client.bsn"),
                Arguments.of(new ClientDetails("Jan", born, "12345678", "Dorpsstraat 1", null, null), "client.bsn"),
                Arguments.of(new ClientDetails("Jan", born, "000000000", "Dorpsstraat 1", null, null), "client.bsn"),
                Arguments.of(new ClientDetails("Jan", TODAY.plusDays(1), null, "Dorpsstraat 1", null, null),
                        "client.dateOfBirth"),
                Arguments.of(new ClientDetails(" ", born, null, "Dorpsstraat 1", null, null), "client.name"),
                Arguments.of(new ClientDetails("Jan\u0007", born, null, "Dorpsstraat 1", null, null), "client.name"),
                Arguments.of(new ClientDetails("J".repeat(121), born, null, "Dorpsstraat 1", null, null),
                        "client.name"),
                Arguments.of(new ClientDetails("Jan", born, null, null, null, null), "client.address"),
                Arguments.of(new ClientDetails("Jan", born, null, null, "1234 AB", null), "client.houseNumber"),
                Arguments.of(new ClientDetails("Jan", born, null, null, "0123 AB", "1"), "client.postcode"),
                Arguments.of(new ClientDetails("Jan", born, null, null, "1234 AB", "0"), "client.houseNumber"));
    }

    @ParameterizedTest
    @MethodSource("badClientDetails")
    void refusesBadClientDetailsNamingTheField(ClientDetails details, String field) {
        fixture.givenNoPriorActivity()
                .when(open(details))
                .expectException(InvalidField.class)
                .expectNoEvents();
        assertThatThrownBy(() -> details.validate("client.", TODAY))
                .isInstanceOfSatisfying(InvalidField.class, refused -> assertThat(refused.field()).isEqualTo(field))
                .message().doesNotContain("111222334").doesNotContain("Jan");
    }

    @Test
    void acceptsABsnThatPassesTheElevenTest() {
        fixture.givenNoPriorActivity()
                .when(open(new ClientDetails("Jan", LocalDate.parse("1961-03-14"), "123456782", null, "1234AB", "1")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACaseWithoutProblemDomains() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, OGGZ, CLIENT, JAN, null, false, List.of(), true, Presentation.NUISANCE,
                        LegalBasis.INFORMED_CONSENT, List.of(), COORDINATOR))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    @Test
    void refusesAFamilyMemberWithBadDetailsOrTheClientsOwnId() {
        fixture.givenNoPriorActivity()
                .when(open(OGGZ, JAN, LegalBasis.INFORMED_CONSENT, COORDINATOR, List.of(new OpenCase.FamilyMember(CHILD,
                        new ClientDetails("", LocalDate.parse("2014-06-01"), null, "Dorpsstraat 1", null, null)))))
                .expectException(InvalidField.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(open(OGGZ, JAN, LegalBasis.INFORMED_CONSENT, COORDINATOR,
                        List.of(new OpenCase.FamilyMember(CLIENT, PIM))))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    @Test
    void refusesASignalIdThatIsNoId() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, OGGZ, CLIENT, JAN, "signal-1", false, List.of(ProblemDomain.DEBT), false,
                        Presentation.SILENT, LegalBasis.INFORMED_CONSENT, List.of(), COORDINATOR))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    // ---- case team ----

    @Test
    void aPolicyAddsATeamMemberAndAddingItAgainChangesNothing() {
        givenOpen().when(new AddCaseTeamMember(CASE, GGZ)).expectEvents(added(GGZ));
        givenOpen(added(GGZ)).when(new AddCaseTeamMember(CASE, GGZ)).expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theCoordinatorAssignsAPartyToTheTeam() {
        givenOpen().when(new AssignToCaseTeam(CASE, GGZ, COORDINATOR)).expectEvents(added(GGZ));
    }

    @Test
    void assigningIsRefusedForOthersForMembersAndForPartiesWithoutCovenant() {
        givenOpen(added(GGZ)).when(new AssignToCaseTeam(CASE, POLICE, GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen(added(GGZ)).when(new AssignToCaseTeam(CASE, POLICE, OTHER_COORDINATOR))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen(added(GGZ)).when(new AssignToCaseTeam(CASE, GGZ, COORDINATOR))
                .expectException(RuleViolation.class).expectExceptionMessage("The party is in the case team already.")
                .expectNoEvents();
        givenOpen().when(new AssignToCaseTeam(CASE, CHURCH, COORDINATOR))
                .expectException(hasCode("no-covenant"))
                .expectNoEvents();
    }

    @Test
    void theCoordinatorRemovesATeamMember() {
        givenOpen(added(GGZ)).when(new RemoveCaseTeamMember(CASE, GGZ, COORDINATOR))
                .expectEvents(new CaseTeamMemberRemoved(CASE, OGGZ, GGZ, NOW));
    }

    @Test
    void theLeadAndOwnersOfOpenActionsStayInTheTeam() {
        givenOpen().when(new RemoveCaseTeamMember(CASE, COORDINATION, COORDINATOR))
                .expectException(hasCode("lead-stays-in-team")).expectNoEvents();
        givenOpen(added(GGZ), agreed(GGZ)).when(new RemoveCaseTeamMember(CASE, GGZ, COORDINATOR))
                .expectException(hasCode("owns-open-actions")).expectNoEvents();
        givenOpen(added(GGZ), agreed(GGZ), new ActionProgressReviewed(CASE, OGGZ, ACTION, ActionStatus.DONE, NOW))
                .when(new RemoveCaseTeamMember(CASE, GGZ, COORDINATOR))
                .expectEvents(new CaseTeamMemberRemoved(CASE, OGGZ, GGZ, NOW));
        givenOpen().when(new RemoveCaseTeamMember(CASE, POLICE, COORDINATOR))
                .expectException(hasCode("not-in-team")).expectNoEvents();
        givenOpen(added(GGZ)).when(new RemoveCaseTeamMember(CASE, GGZ, GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void theLeadMovesAfterAHandoverAndTheNewLeadJoinsTheTeam() {
        givenOpen().when(new ChangeCaseLead(CASE, GGZ, "handover-1"))
                .expectEvents(added(GGZ), new CaseLeadChanged(CASE, OGGZ, GGZ, "handover-1", NOW))
                .expectState(c -> assertThat(c.facts().lead()).isEqualTo(GGZ));
        givenOpen().when(new ChangeCaseLead(CASE, COORDINATION, "handover-1")).expectNoEvents();
    }

    @Test
    void anActionMovesToItsNewOwnerAfterATaskHandoverWhoDoesNotJoinTheTeam() {
        givenOpen(added(GGZ), agreed(GGZ)).when(new ReassignAction(CASE, ACTION, VOLUNTEER, "handover-2"))
                .expectEvents(new ActionReassigned(CASE, OGGZ, ACTION, VOLUNTEER, "handover-2", NOW))
                .expectState(c -> assertThat(c.facts().actions().get(ACTION).owner()).isEqualTo(VOLUNTEER))
                .expectState(c -> assertThat(c.facts().team()).doesNotContain(VOLUNTEER));
        givenOpen().when(new ReassignAction(CASE, ACTION, VOLUNTEER, "handover-2"))
                .expectException(InvalidField.class).expectNoEvents();
        givenOpen(added(GGZ), agreed(GGZ), new ActionProgressReviewed(CASE, OGGZ, ACTION, ActionStatus.CANCELLED, NOW))
                .when(new ReassignAction(CASE, ACTION, VOLUNTEER, "handover-2"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    static Stream<Arguments> policyCommandsOnAClosedCase() {
        return Stream.of(
                new AddCaseTeamMember(CASE, GGZ),
                new ChangeCaseLead(CASE, GGZ, "h"),
                new ReassignAction(CASE, ACTION, GGZ, "h"))
                .map(Arguments::of);
    }

    /** A referral or handover accepted just before the case closed must not stop its policy for ever. */
    @ParameterizedTest
    @MethodSource("policyCommandsOnAClosedCase")
    void aPolicyFollowingUpAnAcceptanceChangesNothingOnAClosedCase(Object command) {
        givenOpen(agreed(COORDINATION), closed())
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- conference ----

    @Test
    void theCoordinatorTablesTheCaseOnce() {
        givenOpen().when(new TableCase(CASE, CONFERENCE, TODAY.plusDays(2), COORDINATOR))
                .expectEvents(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY.plusDays(2), NOW));
        givenOpen(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new TableCase(CASE, CONFERENCE, TODAY, COORDINATOR))
                .expectException(hasCode("already-tabled")).expectNoEvents();
    }

    @Test
    void tablingIsRefusedBeforeOpeningWithABadIdOrByOthers() {
        givenOpen().when(new TableCase(CASE, CONFERENCE, TODAY.minusDays(5), COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
        givenOpen().when(new TableCase(CASE, "conf-1", TODAY, COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
        givenOpen(added(GGZ)).when(new TableCase(CASE, CONFERENCE, TODAY, GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void theCoordinatorRecordsTheAnalysisSealedUnderTheClient() {
        givenOpen(added(GGZ), new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new RecordAnalysis(CASE, CONFERENCE, "Vervuiling woning, schulden.", COORDINATOR))
                .expectEvents(new CaseAnalysed(CASE, OGGZ, CONFERENCE,
                        sealed(CLIENT.asString(), "Vervuiling woning, schulden."), NOW));
    }

    @Test
    void anAnalysisNeedsATablingTextAndWhoeverRunsTheCase() {
        givenOpen(added(GGZ), new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new RecordAnalysis(CASE, CONFERENCE, "Analyse", GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen(added(GGZ)).when(new RecordAnalysis(CASE, CONFERENCE, "Analyse", COORDINATOR))
                .expectException(InvalidField.class)
                .expectExceptionMessage("the case was not tabled at this conference")
                .expectNoEvents();
        givenOpen(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new RecordAnalysis(CASE, CONFERENCE, " ", COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
        givenOpen(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new RecordAnalysis(CASE, CONFERENCE, "x".repeat(Case.MAX_TEXT_LENGTH + 1), COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
        givenOpen(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new RecordAnalysis(CASE, CONFERENCE, "Analyse", POLICE_OFFICER))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void anActionOwnerFromOutsideTheTeamIsDeployedOnItWithoutJoiningTheTeam() {
        givenOpen(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW))
                .when(new AgreeAction(CASE, ACTION, "Boodschappen doen met Jan", VOLUNTEER, TODAY, CONFERENCE,
                        VolunteerTask.PRACTICAL_HELP, null, COORDINATOR))
                .expectEvents(new ActionAgreed(CASE, OGGZ, ACTION,
                        sealed(CLIENT.asString(), "Boodschappen doen met Jan"), VOLUNTEER, TODAY, CONFERENCE, NOW))
                .expectState(c -> assertThat(c.facts().team()).doesNotContain(VOLUNTEER));
    }

    @Test
    void theCaseLeadAgreesActionsOnceTheLeadWasHandedToThem() {
        givenOpen(added(GGZ), new CaseLeadChanged(CASE, OGGZ, GGZ, "handover-1", NOW))
                .when(new AgreeAction(CASE, ACTION, "Huisbezoek", GGZ, TODAY.plusDays(7), null, GGZ_PROFESSIONAL))
                .expectEvents(agreed(GGZ));
    }

    @Test
    void anActionNeedsAnOwnerADueDateFromTodayAndAnOwnerThatMayJoin() {
        givenOpen().when(new AgreeAction(CASE, ACTION, "Huisbezoek", null, TODAY, null, COORDINATOR))
                .expectException(InvalidField.class).expectExceptionMessage("an action is owned by exactly one party")
                .expectNoEvents();
        givenOpen().when(new AgreeAction(CASE, ACTION, "Huisbezoek", GGZ, TODAY.minusDays(1), null, COORDINATOR))
                .expectException(namesField("dueOn")).expectNoEvents();
        givenOpen().when(new AgreeAction(CASE, ACTION, "Huisbezoek", GGZ, LocalDate.parse("+9999999-01-01"), null,
                        COORDINATOR))
                .expectException(namesField("dueOn")).expectNoEvents();
        givenOpen().when(new AgreeAction(CASE, ACTION, "Huisbezoek", GGZ, TODAY.plusYears(5).plusDays(1), null,
                        COORDINATOR))
                .expectException(namesField("dueOn")).expectNoEvents();
        givenOpen().when(new AgreeAction(CASE, ACTION, "Huisbezoek", CHURCH, TODAY, null, COORDINATOR))
                .expectException(hasCode("no-covenant")).expectNoEvents();
        givenOpen(added(GGZ)).when(new AgreeAction(CASE, ACTION, "Huisbezoek", GGZ, TODAY, null, GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen(agreed(COORDINATION)).when(new AgreeAction(CASE, ACTION, "Nog eens", GGZ, TODAY, null, COORDINATOR))
                .expectException(hasCode("already-exists")).expectNoEvents();
    }

    @Test
    void aVolunteerReviewsTheProgressOfTheirOwnActionOnly() {
        givenOpen(added(VOLUNTEER), agreed(VOLUNTEER))
                .when(new ReviewActionProgress(CASE, ACTION, ActionStatus.ON_TRACK, VOLUNTEER_ACTOR))
                .expectEvents(new ActionProgressReviewed(CASE, OGGZ, ACTION, ActionStatus.ON_TRACK, NOW));
        givenOpen(added(GGZ), agreed(GGZ))
                .when(new ReviewActionProgress(CASE, ACTION, ActionStatus.ON_TRACK, VOLUNTEER_ACTOR))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void aVolunteerWhoseLoginIsLinkedToNobodyOwnsNoAction() {
        Actor unlinked = new Actor("login-of-nobody", Optional.of(OrganisationId.of("vrijwilligers-zuid")),
                Set.of(Roles.VOLUNTEER));
        givenOpen(added(VOLUNTEER), agreed(VOLUNTEER))
                .when(new ReviewActionProgress(CASE, ACTION, ActionStatus.ON_TRACK, unlinked))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void aDoneActionTakesNoMoreReviews() {
        givenOpen(added(GGZ), agreed(GGZ), new ActionProgressReviewed(CASE, OGGZ, ACTION, ActionStatus.DONE, NOW))
                .when(new ReviewActionProgress(CASE, ACTION, ActionStatus.ON_TRACK, GGZ_PROFESSIONAL))
                .expectException(hasCode("action-closed")).expectNoEvents();
        givenOpen().when(new ReviewActionProgress(CASE, ACTION, ActionStatus.ON_TRACK, COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
    }

    @Test
    void bilateralHandlingNeedsTwoDifferentParties() {
        givenOpen(added(GGZ)).when(new RecordBilateralHandling(CASE, GGZ, POLICE, GGZ_PROFESSIONAL))
                .expectEvents(new BilateralHandlingRecorded(CASE, OGGZ, GGZ, POLICE, NOW));
        givenOpen(added(GGZ)).when(new RecordBilateralHandling(CASE, GGZ, GGZ, GGZ_PROFESSIONAL))
                .expectException(InvalidField.class).expectNoEvents();
    }

    // ---- informal option and help ----

    @Test
    void choosingFormalHelpRecordsTheReasonAndWhetherTheNetworkRequiresTheAssessment() {
        givenOpen().when(new AssessInformalOption(CASE, InformalOptionOutcome.FORMAL_HELP,
                        FormalHelpReason.SAFETY_RISK, COORDINATOR))
                .expectEvents(new InformalOptionAssessed(CASE, OGGZ, InformalOptionOutcome.FORMAL_HELP,
                        FormalHelpReason.SAFETY_RISK, true, NOW))
                .expectState(c -> assertThat(c.facts().informalOption()).contains(InformalOptionOutcome.FORMAL_HELP));
    }

    @Test
    void formalHelpWithoutAReasonOrAReasonWithoutFormalHelpIsRefused() {
        givenOpen().when(new AssessInformalOption(CASE, InformalOptionOutcome.FORMAL_HELP, null, COORDINATOR))
                .expectException(InvalidField.class).expectExceptionMessage("is required when formal help is chosen")
                .expectNoEvents();
        givenOpen().when(new AssessInformalOption(CASE, InformalOptionOutcome.INFORMAL_HELP,
                        FormalHelpReason.OTHER, COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
    }

    @Test
    void deployingInformalHelpBringsTheHelperIntoTheTeam() {
        String deployment = UUID.randomUUID().toString();
        givenOpen().when(new DeployInformalHelp(CASE, deployment, VOLUNTEER, DeploymentMode.SUPPLEMENTARY,
                        InformalHelpKind.BUDDY, HelpDuration.LONG_TERM, VolunteerTask.COMPANIONSHIP, null, COORDINATOR))
                .expectEvents(added(VOLUNTEER), new InformalHelpDeployed(CASE, OGGZ, deployment, VOLUNTEER,
                        DeploymentMode.SUPPLEMENTARY, InformalHelpKind.BUDDY, HelpDuration.LONG_TERM, NOW));
        givenOpen().when(new DeployInformalHelp(CASE, deployment, VOLUNTEER, null, InformalHelpKind.BUDDY,
                        HelpDuration.LONG_TERM, VolunteerTask.COMPANIONSHIP, null, COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
    }

    // ---- plan, aftercare, closure ----

    @Test
    void aGoalIsSetSealed() {
        String goal = UUID.randomUUID().toString();
        givenOpen().when(new SetPlanGoal(CASE, goal, "Jan woont over drie maanden weer schoon.", COORDINATOR))
                .expectEvents(new PlanGoalSet(CASE, OGGZ, goal,
                        sealed(CLIENT.asString(), "Jan woont over drie maanden weer schoon."), NOW));
    }

    @Test
    void aProgressReviewSetsTheNextReviewAfterToday() {
        givenOpen().when(new ReviewProgress(CASE, Outcome.STABLE, TODAY.plusWeeks(4), COORDINATOR))
                .expectEvents(new ProgressReviewed(CASE, OGGZ, Outcome.STABLE, TODAY.plusWeeks(4), NOW));
        givenOpen().when(new ReviewProgress(CASE, Outcome.STABLE, TODAY, COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
    }

    @Test
    void aftercareIsKeptByAHelperUntilAReviewAfterToday() {
        givenOpen().when(new StartAftercare(CASE, VOLUNTEER, TODAY.plusMonths(2), null, COORDINATOR))
                .expectEvents(added(VOLUNTEER), new AftercareStarted(CASE, OGGZ, VOLUNTEER, TODAY.plusMonths(2), NOW));
        givenOpen().when(new StartAftercare(CASE, VOLUNTEER, TODAY, null, COORDINATOR))
                .expectException(namesField("reviewOn")).expectNoEvents();
    }

    @Test
    void aCaseIsClosedWithAFollowUpReviewAfterClosing() {
        givenOpen().when(new CloseCase(CASE, ClosureReason.GOALS_REACHED, Outcome.IMPROVED, TODAY.plusMonths(3),
                        COORDINATOR))
                .expectEvents(closed())
                .expectState(c -> assertThat(c.facts().open()).isFalse());
        givenOpen().when(new CloseCase(CASE, ClosureReason.GOALS_REACHED, Outcome.IMPROVED, TODAY, COORDINATOR))
                .expectException(InvalidField.class).expectNoEvents();
    }

    static Stream<Arguments> commandsOnAClosedCase() {
        return Stream.of(
                new CloseCase(CASE, ClosureReason.OTHER, Outcome.UNKNOWN, TODAY.plusDays(9), COORDINATOR),
                new AssignToCaseTeam(CASE, GGZ, COORDINATOR),
                new RemoveCaseTeamMember(CASE, GGZ, COORDINATOR),
                new TableCase(CASE, CONFERENCE, TODAY, COORDINATOR),
                new RecordAnalysis(CASE, CONFERENCE, "Analyse", COORDINATOR),
                new AgreeAction(CASE, ActionId.random(), "Bellen", GGZ, TODAY, null, COORDINATOR),
                new ReviewActionProgress(CASE, ACTION, ActionStatus.DONE, COORDINATOR),
                new RecordBilateralHandling(CASE, GGZ, POLICE, COORDINATOR),
                new AssessInformalOption(CASE, InformalOptionOutcome.INFORMAL_HELP, null, COORDINATOR),
                new DeployInformalHelp(CASE, UUID.randomUUID().toString(), VOLUNTEER, DeploymentMode.JOINT,
                        InformalHelpKind.SOCIAL, HelpDuration.ONE_OFF, VolunteerTask.COMPANIONSHIP, null, COORDINATOR),
                new SetPlanGoal(CASE, UUID.randomUUID().toString(), "Doel", COORDINATOR),
                new ReviewProgress(CASE, Outcome.STABLE, null, COORDINATOR),
                new StartAftercare(CASE, VOLUNTEER, TODAY.plusDays(9), null, COORDINATOR))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("commandsOnAClosedCase")
    void aClosedCaseRefusesEveryCommandButTheFollowUpReview(Object command) {
        givenOpen(new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW), agreed(COORDINATION), closed())
                .when(command)
                .expectException(hasCode("case-closed"))
                .expectNoEvents();
    }

    @Test
    void theFollowUpReviewIsHeldOnAClosedCaseOnly() {
        givenOpen(closed()).when(new ReviewFollowUp(CASE, Outcome.STABLE, COORDINATOR))
                .expectEvents(new FollowUpReviewed(CASE, OGGZ, Outcome.STABLE, NOW));
        givenOpen().when(new ReviewFollowUp(CASE, Outcome.STABLE, COORDINATOR))
                .expectException(hasCode("case-not-closed")).expectNoEvents();
    }

    @Test
    void factsShowTheTeamLeadActionsAndLegalBasis() {
        givenOpen(added(GGZ), agreed(GGZ)).when(new AddCaseTeamMember(CASE, POLICE))
                .expectState(c -> assertThat(c.facts()).isEqualTo(new Cases.CaseFacts(CASE, OGGZ, CLIENT, true,
                        LegalBasis.INFORMED_CONSENT, COORDINATION, Set.of(COORDINATION, GGZ, POLICE), Optional.empty(),
                        Map.of(ACTION, new Cases.ActionFacts(ACTION, GGZ, TODAY.plusDays(7), true)))));
    }

    // ---- who runs the case (issue 8, item 6) ----

    static Stream<Arguments> commandsOnlyWhoeverRunsTheCaseGives() {
        return Stream.of(
                new AssignToCaseTeam(CASE, POLICE, GGZ_PROFESSIONAL),
                new RemoveCaseTeamMember(CASE, GGZ, GGZ_PROFESSIONAL),
                new RecordAnalysis(CASE, CONFERENCE, "Analyse", GGZ_PROFESSIONAL),
                new AgreeAction(CASE, ActionId.random(), "Bellen", GGZ, TODAY, null, GGZ_PROFESSIONAL),
                new AssessInformalOption(CASE, InformalOptionOutcome.INFORMAL_HELP, null, GGZ_PROFESSIONAL),
                new DeployInformalHelp(CASE, UUID.randomUUID().toString(), VOLUNTEER, DeploymentMode.JOINT,
                        InformalHelpKind.SOCIAL, HelpDuration.ONE_OFF, VolunteerTask.COMPANIONSHIP, null,
                        GGZ_PROFESSIONAL),
                new SetPlanGoal(CASE, UUID.randomUUID().toString(), "Doel", GGZ_PROFESSIONAL),
                new ReviewProgress(CASE, Outcome.STABLE, null, GGZ_PROFESSIONAL),
                new StartAftercare(CASE, VOLUNTEER, TODAY.plusDays(9), null, GGZ_PROFESSIONAL),
                new CloseCase(CASE, ClosureReason.GOALS_REACHED, Outcome.IMPROVED, TODAY.plusMonths(3),
                        GGZ_PROFESSIONAL),
                new ReviewActionProgress(CASE, ACTION, ActionStatus.DONE, GGZ_PROFESSIONAL),
                new RecordBilateralHandling(CASE, COORDINATION, POLICE, GGZ_PROFESSIONAL),
                new TableCase(CASE, CONFERENCE, TODAY, GGZ_PROFESSIONAL))
                .map(Arguments::of);
    }

    /** A team member works on the case; closing it, its plan and its actions are the coordinator's and the lead's. */
    @ParameterizedTest
    @MethodSource("commandsOnlyWhoeverRunsTheCaseGives")
    void aTeamOrganisationDoesNotRunTheCase(Object command) {
        givenOpen(added(GGZ), new CaseTabled(CASE, OGGZ, CONFERENCE, TODAY, NOW), agreed(COORDINATION))
                .when(command)
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theCaseLeadClosesTheCaseButOnlyTheCoordinatorTablesIt() {
        givenOpen(added(GGZ), new CaseLeadChanged(CASE, OGGZ, GGZ, "handover-1", NOW))
                .when(new CloseCase(CASE, ClosureReason.GOALS_REACHED, Outcome.IMPROVED, TODAY.plusMonths(3),
                        GGZ_PROFESSIONAL))
                .expectEvents(closed());
        givenOpen(added(GGZ), new CaseLeadChanged(CASE, OGGZ, GGZ, "handover-1", NOW))
                .when(new TableCase(CASE, CONFERENCE, TODAY, GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void anActionsOwnerFromOutsideTheTeamReviewsItsProgressButNothingElse() {
        givenOpen(agreed(POLICE))
                .when(new ReviewActionProgress(CASE, ACTION, ActionStatus.ON_TRACK, POLICE_OFFICER))
                .expectEvents(new ActionProgressReviewed(CASE, OGGZ, ACTION, ActionStatus.ON_TRACK, NOW));
        givenOpen(agreed(POLICE))
                .when(new SetPlanGoal(CASE, UUID.randomUUID().toString(), "Doel", POLICE_OFFICER))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    /** Issue 8, item 16: "tot zover en niet verder" holds unless the coordinator says why not. */
    @Test
    void aTaskBeyondAVolunteersAgreementIsRefusedUnlessTheCoordinatorOverridesItWithAReason() {
        givenOpen().when(new AgreeAction(CASE, ACTION, "Boodschappen", VOLUNTEER, TODAY, null, VolunteerTask.MEALS,
                        null, COORDINATOR))
                .expectException(hasCode(VolunteerLimits.LIMITS_EXCEEDED)).expectNoEvents();
        givenOpen().when(new AgreeAction(CASE, ACTION, "Boodschappen", VOLUNTEER, TODAY, null, null, null,
                        COORDINATOR))
                .expectException(hasCode(VolunteerLimits.LIMITS_EXCEEDED)).expectNoEvents();
        volunteerOverloaded = true;
        givenOpen().when(new AgreeAction(CASE, ACTION, "Boodschappen", VOLUNTEER, TODAY, null,
                        VolunteerTask.PRACTICAL_HELP, null, COORDINATOR))
                .expectException(hasCode(VolunteerLimits.LIMITS_EXCEEDED)).expectNoEvents();

        givenOpen().when(new AgreeAction(CASE, ACTION, "Boodschappen", VOLUNTEER, TODAY, null,
                        VolunteerTask.PRACTICAL_HELP, new VolunteerLimits.Override("Jan vertrouwt alleen haar."),
                        COORDINATOR))
                .expectEvents(new VolunteerLimitsOverridden(CASE, OGGZ, VolunteerLimitsOverridden.Given.ACTION,
                                ACTION.asString(), VOLUNTEER, List.of(VolunteerLimits.Limit.OVERLOADED),
                                sealed(CLIENT.asString(), "Jan vertrouwt alleen haar."), NOW),
                        new ActionAgreed(CASE, OGGZ, ACTION, sealed(CLIENT.asString(), "Boodschappen"), VOLUNTEER,
                                TODAY, null, NOW));
    }

    /** Issue 8, item 16: deploying informal help gives a volunteer work, so their agreement limits it too. */
    @Test
    void informalHelpBeyondAVolunteersAgreementIsRefusedUnlessTheCoordinatorOverridesIt() {
        String deployment = UUID.randomUUID().toString();
        givenOpen().when(new DeployInformalHelp(CASE, deployment, VOLUNTEER, DeploymentMode.SUPPLEMENTARY,
                        InformalHelpKind.PRACTICAL, HelpDuration.ONE_OFF, VolunteerTask.TRANSPORT, null, COORDINATOR))
                .expectException(exceeds("task-not-agreed")).expectNoEvents();
        volunteerOverloaded = true;
        givenOpen().when(new DeployInformalHelp(CASE, deployment, VOLUNTEER, DeploymentMode.SUPPLEMENTARY,
                        InformalHelpKind.SOCIAL, HelpDuration.LONG_TERM, VolunteerTask.COMPANIONSHIP, null,
                        COORDINATOR))
                .expectException(exceeds("overloaded")).expectNoEvents();

        givenOpen().when(new DeployInformalHelp(CASE, deployment, VOLUNTEER, DeploymentMode.SUPPLEMENTARY,
                        InformalHelpKind.SOCIAL, HelpDuration.LONG_TERM, VolunteerTask.COMPANIONSHIP,
                        new VolunteerLimits.Override("Jan kent verder niemand."), COORDINATOR))
                .expectEvents(new VolunteerLimitsOverridden(CASE, OGGZ, VolunteerLimitsOverridden.Given.INFORMAL_HELP,
                                deployment, VOLUNTEER, List.of(VolunteerLimits.Limit.OVERLOADED),
                                sealed(CLIENT.asString(), "Jan kent verder niemand."), NOW),
                        added(VOLUNTEER), new InformalHelpDeployed(CASE, OGGZ, deployment, VOLUNTEER,
                                DeploymentMode.SUPPLEMENTARY, InformalHelpKind.SOCIAL, HelpDuration.LONG_TERM, NOW));
    }

    /** Issue 8, item 16: aftercare is an aftercare task up to the review, within the agreement's days and end. */
    @Test
    void aftercarePastTheAgreementsEndOrOnNoneOfItsDaysIsRefusedUnlessTheCoordinatorOverridesIt() {
        givenOpen().when(new StartAftercare(CASE, VOLUNTEER, TODAY.plusYears(1).plusDays(1), null, COORDINATOR))
                .expectException(exceeds("after-agreement-ends")).expectNoEvents();
        // Available on Sundays only; today is a Tuesday and the review on Thursday.
        volunteerDays = EnumSet.of(DayOfWeek.SUNDAY);
        givenOpen().when(new StartAftercare(CASE, VOLUNTEER, TODAY.plusDays(2), null, COORDINATOR))
                .expectException(exceeds("not-available-before-due")).expectNoEvents();
        givenOpen(added(GGZ), new CaseLeadChanged(CASE, OGGZ, GGZ, "handover-1", NOW))
                .when(new StartAftercare(CASE, VOLUNTEER, TODAY.plusDays(2),
                        new VolunteerLimits.Override("Het moet."), GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();

        givenOpen().when(new StartAftercare(CASE, VOLUNTEER, TODAY.plusDays(2),
                        new VolunteerLimits.Override("Alleen zij kan die week."), COORDINATOR))
                .expectEvents(new VolunteerLimitsOverridden(CASE, OGGZ, VolunteerLimitsOverridden.Given.AFTERCARE,
                                null, VOLUNTEER, List.of(VolunteerLimits.Limit.NOT_AVAILABLE_BEFORE_DUE),
                                sealed(CLIENT.asString(), "Alleen zij kan die week."), NOW),
                        added(VOLUNTEER), new AftercareStarted(CASE, OGGZ, VOLUNTEER, TODAY.plusDays(2), NOW));
    }

    @Test
    void onlyTheCoordinatorOverridesAVolunteersLimitsAndAnOverrideNeedsAReason() {
        volunteerOverloaded = true;
        givenOpen(added(GGZ), new CaseLeadChanged(CASE, OGGZ, GGZ, "handover-1", NOW))
                .when(new AgreeAction(CASE, ACTION, "Boodschappen", VOLUNTEER, TODAY, null,
                        VolunteerTask.PRACTICAL_HELP, new VolunteerLimits.Override("Het moet."), GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen().when(new AgreeAction(CASE, ACTION, "Boodschappen", VOLUNTEER, TODAY, null,
                        VolunteerTask.PRACTICAL_HELP, new VolunteerLimits.Override(" "), COORDINATOR))
                .expectException(namesField("limitsOverride.reason")).expectNoEvents();
    }

    @Test
    void anActionIsNotGivenToAPartyPartnerFactsRefuse() {
        givenOpen().when(new AgreeAction(CASE, ACTION, "Huisbezoek", CHURCH, TODAY, null, COORDINATOR))
                .expectException(hasCode("no-covenant")).expectNoEvents();
    }

    @Test
    void aTeamMemberRecordsOnlyBilateralHandlingTheyTookPartIn() {
        givenOpen(added(GGZ)).when(new RecordBilateralHandling(CASE, POLICE, COORDINATION, GGZ_PROFESSIONAL))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen(added(GGZ)).when(new RecordBilateralHandling(CASE, GGZ, POLICE, POLICE_OFFICER))
                .expectException(NotPermitted.class).expectNoEvents();
        givenOpen().when(new RecordBilateralHandling(CASE, GGZ, POLICE, COORDINATOR))
                .expectEvents(new BilateralHandlingRecorded(CASE, OGGZ, GGZ, POLICE, NOW));
    }

    // ---- bounded dates (issue 8, item 8) ----

    @Test
    void everyDateOfACaseCommandLiesInItsFieldsWindow() {
        LocalDate farFuture = LocalDate.parse("+9999999-01-01");
        givenOpen().when(new TableCase(CASE, CONFERENCE, TODAY.plusYears(1).plusDays(1), COORDINATOR))
                .expectException(namesField("conferenceOn")).expectNoEvents();
        givenOpen().when(new TableCase(CASE, CONFERENCE, farFuture, COORDINATOR))
                .expectException(namesField("conferenceOn")).expectNoEvents();
        givenOpen().when(new ReviewProgress(CASE, Outcome.STABLE, farFuture, COORDINATOR))
                .expectException(namesField("nextReviewOn")).expectNoEvents();
        givenOpen().when(new StartAftercare(CASE, VOLUNTEER, TODAY.plusYears(5).plusDays(1), null, COORDINATOR))
                .expectException(namesField("reviewOn")).expectNoEvents();
        givenOpen().when(new CloseCase(CASE, ClosureReason.OTHER, Outcome.UNKNOWN, farFuture, COORDINATOR))
                .expectException(namesField("followUpReviewOn")).expectNoEvents();
        givenOpen().when(new ReviewProgress(CASE, Outcome.STABLE, TODAY.plusYears(5), COORDINATOR))
                .expectEvents(new ProgressReviewed(CASE, OGGZ, Outcome.STABLE, TODAY.plusYears(5), NOW));
    }

    private static Matcher<InvalidField> namesField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidField invalid) {
                return invalid.field().equals(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an invalid field named ").appendValue(field);
            }
        };
    }

    /** Refused for exceeding a volunteer's limits, the detail naming the limit. */
    private static Matcher<RuleViolation> exceeds(String limit) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(VolunteerLimits.LIMITS_EXCEEDED)
                        && violation.getMessage().contains(limit);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(VolunteerLimits.LIMITS_EXCEEDED + " naming " + limit);
            }
        };
    }

    private static Matcher<RuleViolation> hasCode(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation with code ").appendValue(code);
            }
        };
    }
}
