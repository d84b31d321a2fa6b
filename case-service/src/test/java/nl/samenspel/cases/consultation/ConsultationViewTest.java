package nl.samenspel.cases.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.signal.TestVault;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The consultative question read model on real PostgreSQL. */
class ConsultationViewTest {

    private static final Instant ASKED_AT = Instant.parse("2026-11-24T09:00:00Z");
    private static ConsultationView view;

    @BeforeAll
    static void database() {
        view = new ConsultationView(new JdbcTemplate(TestInfrastructure.migratedDataSource()),
                new CaseDisclosure(new TestVault()));
    }

    private static ConsultativeQuestionAsked asked(ConsultativeQuestionId id, NetworkId network, String token) {
        return new ConsultativeQuestionAsked(id, network, List.of(ProblemDomain.DEBT, ProblemDomain.LONELINESS),
                Severity.LOW, TestVault.sealed(id.asString(), "Situatie " + id), ConsultationView.hash(token),
                ASKED_AT);
    }

    @Test
    void onlyTheHolderOfTheTokenReadsTheQuestionAndItsAdvice() {
        ConsultativeQuestionId id = ConsultativeQuestionId.random();
        NetworkId network = NetworkId.of("wijk-" + UUID.randomUUID().toString().substring(0, 8));
        view.on(asked(id, network, "secret-token"));
        view.on(new ConsultativeAdviceGiven(id, network, Severity.HIGH, true,
                TestVault.sealed(id.asString(), "Melden."), ASKED_AT.plusSeconds(3600)));

        assertThat(view.withToken(id, "other-token")).isEmpty();
        ConsultationView.Question read = view.withToken(id, "secret-token").orElseThrow();
        assertThat(read.question()).contains("Situatie " + id);
        assertThat(read.problemDomains()).containsExactly(ProblemDomain.DEBT, ProblemDomain.LONELINESS);
        assertThat(read.advice()).contains(new ConsultationView.Advice(Severity.HIGH, true, Optional.of("Melden."),
                ASKED_AT.plusSeconds(3600)));
    }

    @Test
    void theNetworkListSeparatesAnsweredFromOpenQuestionsAndSurvivesReplay() {
        NetworkId network = NetworkId.of("wijk-" + UUID.randomUUID().toString().substring(0, 8));
        ConsultativeQuestionId open = ConsultativeQuestionId.random();
        ConsultativeQuestionId answered = ConsultativeQuestionId.random();
        ConsultativeAdviceGiven advice = new ConsultativeAdviceGiven(answered, network, Severity.LOW, false,
                TestVault.sealed(answered.asString(), "Afwachten."), ASKED_AT);
        for (int replay = 0; replay < 2; replay++) {
            view.on(asked(open, network, "a"));
            view.on(asked(answered, network, "b"));
            view.on(advice);
        }

        assertThat(view.ofNetwork(network, Optional.empty())).hasSize(2);
        assertThat(view.ofNetwork(network, Optional.of(false))).extracting(ConsultationView.Question::questionId)
                .containsExactly(open.asString());
        assertThat(view.ofNetwork(network, Optional.of(true))).extracting(ConsultationView.Question::questionId)
                .containsExactly(answered.asString());
    }
}
