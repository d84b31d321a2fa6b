package nl.samenspel.cases.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.testsupport.DomainMatchers;
import nl.samenspel.cases.FixedPartners;
import nl.samenspel.cases.signal.TestVault;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsultativeQuestionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final OrganisationId WELZIJN = OrganisationId.of("welzijn-noord");
    private static final ConsultativeQuestionId QUESTION = ConsultativeQuestionId.random();
    private static final String TEXT = "Een buurman verzamelt afval in zijn tuin en reageert niet op aanbellen.";
    private static final String TOKEN_HASH = "a".repeat(64);
    private static final List<ProblemDomain> DOMAINS = List.of(ProblemDomain.SELF_NEGLECT, ProblemDomain.NUISANCE);

    private AggregateTestFixture<ConsultativeQuestion> fixture;

    private static Actor coordinatorOf(OrganisationId organisation) {
        return new Actor("coordinator-" + organisation.value(), Optional.of(organisation),
                Set.of(Roles.NETWORK_COORDINATOR));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConsultativeQuestion.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        FixedPartners partners = new FixedPartners().network(WIJK, WELZIJN, false);
        fixture.registerInjectableResource(partners);
        fixture.registerInjectableResource(partners.permissions());
        fixture.registerInjectableResource(new TestVault());
    }

    private static AskConsultativeQuestion ask(List<ProblemDomain> domains, Severity severity, String text) {
        return new AskConsultativeQuestion(QUESTION, WIJK, domains, severity, text, TOKEN_HASH);
    }

    private static ConsultativeQuestionAsked asked() {
        return new ConsultativeQuestionAsked(QUESTION, WIJK, DOMAINS, Severity.MODERATE,
                TestVault.sealed(QUESTION.asString(), TEXT), TOKEN_HASH, NOW);
    }

    @Test
    void aQuestionIsAskedWithItsTextSealedAndNoAsker() {
        fixture.givenNoPriorActivity()
                .when(ask(DOMAINS, Severity.MODERATE, TEXT))
                .expectEvents(asked());
    }

    @Test
    void aQuestionToAnUnknownNetworkIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AskConsultativeQuestion(QUESTION, NetworkId.of("wijknetwerk-elders"), DOMAINS, Severity.LOW,
                        TEXT, TOKEN_HASH))
                .expectException(DomainMatchers.fieldIs("networkId"))
                .expectNoEvents();
    }

    @Test
    void aQuestionNeedsAProblemDomain() {
        fixture.givenNoPriorActivity()
                .when(ask(List.of(), Severity.LOW, TEXT))
                .expectException(DomainMatchers.fieldIs("problemDomains"))
                .expectNoEvents();
    }

    @Test
    void aProblemDomainIsNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(ask(List.of(ProblemDomain.DEBT, ProblemDomain.DEBT), Severity.LOW, TEXT))
                .expectException(DomainMatchers.fieldIs("problemDomains"))
                .expectNoEvents();
    }

    @Test
    void aQuestionNeedsASeverity() {
        fixture.givenNoPriorActivity()
                .when(ask(DOMAINS, null, TEXT))
                .expectException(DomainMatchers.fieldIs("severity"))
                .expectNoEvents();
    }

    @Test
    void aBlankQuestionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(ask(DOMAINS, Severity.LOW, "   "))
                .expectException(DomainMatchers.fieldIs("question"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Het gaat om BSN 111222333.", "Zij woont op 1234 AB 5.", "Mail: a.de.vries@example.nl",
            "Zijn nummer is 06 1234 5678."})
    void aQuestionCarryingPersonalDataIsRefusedWithoutEchoingIt(String text) {
        fixture.givenNoPriorActivity()
                .when(ask(DOMAINS, Severity.HIGH, text))
                .expectException(DomainMatchers.fieldIs("question"))
                .expectException(Matchers.hasToString(Matchers.not(Matchers.matchesPattern("(?s).*[0-9@].*"))))
                .expectNoEvents();
    }

    @Test
    void theCoordinatorGivesSealedAdvice() {
        fixture.given(asked())
                .when(new GiveConsultativeAdvice(QUESTION, coordinatorOf(WELZIJN), Severity.HIGH, true,
                        "Doe een melding bij het meldpunt."))
                .expectEvents(new ConsultativeAdviceGiven(QUESTION, WIJK, Severity.HIGH, true,
                        TestVault.sealed(QUESTION.asString(), "Doe een melding bij het meldpunt."), NOW));
    }

    @Test
    void anotherOrganisationMayNotAdvise() {
        fixture.given(asked())
                .when(new GiveConsultativeAdvice(QUESTION, coordinatorOf(OrganisationId.of("ggd-zuiderhaven")), Severity.LOW, false,
                        "Afwachten."))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        fixture.given(asked(), new ConsultativeAdviceGiven(QUESTION, WIJK, Severity.LOW, false,
                        TestVault.sealed(QUESTION.asString(), "Afwachten."), NOW))
                .when(new GiveConsultativeAdvice(QUESTION, coordinatorOf(WELZIJN), Severity.HIGH, true, "Toch melden."))
                .expectException(DomainMatchers.codeIs("advice-already-given"))
                .expectNoEvents();
    }

    @Test
    void adviceNeedsASeverityAndText() {
        fixture.given(asked())
                .when(new GiveConsultativeAdvice(QUESTION, coordinatorOf(WELZIJN), null, false, "Afwachten."))
                .expectException(DomainMatchers.fieldIs("severity"))
                .expectNoEvents();
        fixture.given(asked())
                .when(new GiveConsultativeAdvice(QUESTION, coordinatorOf(WELZIJN), Severity.LOW, false, ""))
                .expectException(DomainMatchers.fieldIs("advice"))
                .expectNoEvents();
    }
}
