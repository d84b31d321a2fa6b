package nl.samenspel.reporting.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.contracts.cases.AftercareReviewDueV1;
import nl.samenspel.contracts.cases.CaseClosedV1;
import nl.samenspel.contracts.cases.CaseOpenedV1;
import nl.samenspel.contracts.cases.HandoverAcceptanceOverdueV1;
import nl.samenspel.contracts.cases.HandoverInitiatedV1;
import nl.samenspel.contracts.cases.ReferralDeclinedV1;
import nl.samenspel.contracts.cases.ReferralMadeV1;
import nl.samenspel.contracts.cases.SignalFeedbackOverdueV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Case events in, counts per network and month out, on real PostgreSQL migrated by the service's own scripts. */
class CaseworkProjectionTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-10T10:00:00Z");
    private static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);

    private static JdbcTemplate jdbc;
    private static CaseworkCounts counts;
    private static CaseworkProjection projection;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        counts = new CaseworkCounts(jdbc);
        projection = new CaseworkProjection(new IntegrationEventReader(new ObjectMapper()),
                new ProcessedEvents(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))),
                counts);
    }

    private static String newNetworkId() {
        return "wijknetwerk-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static IntegrationEventEnvelope envelope(String id, IntegrationEvent payload) {
        return new IntegrationEventEnvelope(id, "nl.samenspel.case.test", "/samenspel/case-service",
                payload.subject(), Instant.now(), Optional.of("someone"), Optional.of("welzijn-zuiderhaven"), payload);
    }

    private static void apply(IntegrationEvent payload) {
        projection.apply(envelope(UUID.randomUUID().toString(), payload));
    }

    private static CaseOpenedV1 opened(String networkId, Instant at, boolean acute, ProblemDomain... domains) {
        return new CaseOpenedV1(UUID.randomUUID().toString(), networkId, UUID.randomUUID().toString(), null, false,
                List.of(domains), acute, Presentation.SILENT, LegalBasis.EXPLICIT_CONSENT, at);
    }

    private static CaseworkCounts.Figures november(String networkId) {
        return counts.figures(networkId, THIS_MONTH, THIS_MONTH);
    }

    @Test
    void casesOpenedAreCountedWithTheirPresentationUrgencyAndEachProblemDomain() {
        String networkId = newNetworkId();
        apply(opened(networkId, NOVEMBER, true, ProblemDomain.DEBT, ProblemDomain.LONELINESS));
        apply(opened(networkId, NOVEMBER, false, ProblemDomain.DEBT));

        CaseworkCounts.Figures figures = november(networkId);

        assertThat(figures.total(Measure.CASES_OPENED)).isEqualTo(2);
        assertThat(figures.count(Measure.CASES_OPENED, "SILENT")).isEqualTo(2);
        assertThat(figures.count(Measure.CASES_OPENED, "NUISANCE")).isZero();
        assertThat(figures.total(Measure.ACUTE_CASES_OPENED)).isEqualTo(1);
        assertThat(figures.total(Measure.PROBLEM_DOMAINS)).as("cases, not domains").isEqualTo(2);
        assertThat(figures.count(Measure.PROBLEM_DOMAINS, "DEBT")).isEqualTo(2);
        assertThat(figures.count(Measure.PROBLEM_DOMAINS, "LONELINESS")).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        String networkId = newNetworkId();
        String id = UUID.randomUUID().toString();
        CaseClosedV1 closed = new CaseClosedV1(UUID.randomUUID().toString(), networkId, ClosureReason.GOALS_REACHED,
                Outcome.IMPROVED, LocalDate.parse("2027-05-01"), NOVEMBER);

        projection.apply(envelope(id, closed));
        projection.apply(envelope(id, closed));

        assertThat(november(networkId).total(Measure.CASES_CLOSED)).isEqualTo(1);
        assertThat(november(networkId).count(Measure.CASES_CLOSED, "GOALS_REACHED")).isEqualTo(1);
    }

    @Test
    void eventsCountInTheDutchCalendarMonthTheyHappenedIn() {
        String networkId = newNetworkId();
        // 00:30 on 1 November in Amsterdam is still 31 October in UTC.
        apply(new SignalFeedbackOverdueV1(UUID.randomUUID().toString(), networkId, LocalDate.parse("2026-10-31"),
                Instant.parse("2026-10-31T23:30:00Z")));
        apply(new SignalFeedbackOverdueV1(UUID.randomUUID().toString(), networkId, LocalDate.parse("2026-10-30"),
                Instant.parse("2026-10-31T22:30:00Z")));

        assertThat(november(networkId).total(Measure.SIGNAL_FEEDBACK_OVERDUE)).isEqualTo(1);
        assertThat(counts.figures(networkId, YearMonth.of(2026, 10), YearMonth.of(2026, 10))
                .total(Measure.SIGNAL_FEEDBACK_OVERDUE)).isEqualTo(1);
        assertThat(counts.figures(networkId, YearMonth.of(2026, 1), YearMonth.of(2026, 12))
                .total(Measure.SIGNAL_FEEDBACK_OVERDUE)).isEqualTo(2);
    }

    @Test
    void everyDeadlineOfTheCaseworkHasItsOwnCount() {
        String networkId = newNetworkId();
        String caseId = UUID.randomUUID().toString();
        apply(new HandoverAcceptanceOverdueV1(caseId, networkId, UUID.randomUUID().toString(), "wijkteam-zuid",
                LocalDate.parse("2026-11-08"), NOVEMBER));
        apply(new AftercareReviewDueV1(caseId, networkId, LocalDate.parse("2026-11-10"), false, NOVEMBER));
        apply(new AftercareReviewDueV1(caseId, networkId, LocalDate.parse("2026-11-10"), true, NOVEMBER));

        CaseworkCounts.Figures figures = november(networkId);

        assertThat(figures.total(Measure.HANDOVER_ACCEPTANCES_OVERDUE)).isEqualTo(1);
        assertThat(figures.total(Measure.REVIEWS_DUE)).isEqualTo(2);
        assertThat(figures.count(Measure.REVIEWS_DUE, "AFTERCARE")).isEqualTo(1);
        assertThat(figures.count(Measure.REVIEWS_DUE, "FOLLOW_UP")).isEqualTo(1);
        assertThat(figures.total(Measure.REFERRAL_ANSWERS_OVERDUE)).isZero();
    }

    @Test
    void referralsAndHandoversAreCountedByDirectionAndReasonWithoutAnyIdKept() {
        String networkId = newNetworkId();
        String caseId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        String volunteer = UUID.randomUUID().toString();
        apply(new ReferralMadeV1(caseId, networkId, referralId, "welzijn-zuid", ReferralTarget.ORGANISATION,
                "schuldhulp-zuid", false, HelpDirection.FORMAL_TO_FORMAL, LegalBasis.EXPLICIT_CONSENT, null,
                LocalDate.parse("2026-11-20"), NOVEMBER));
        apply(new ReferralDeclinedV1(caseId, networkId, referralId, "schuldhulp-zuid", DeclineReason.NO_CAPACITY,
                NOVEMBER));
        apply(new HandoverInitiatedV1(caseId, networkId, UUID.randomUUID().toString(), HandoverSubject.TASK,
                UUID.randomUUID().toString(), PartyKind.ORGANISATION, "wijkteam-zuid", PartyKind.INFORMAL_HELPER,
                volunteer, HelpDirection.FORMAL_TO_INFORMAL, UUID.randomUUID().toString(),
                LegalBasis.EXPLICIT_CONSENT, null, LocalDate.parse("2026-11-17"), NOVEMBER));

        CaseworkCounts.Figures figures = november(networkId);

        assertThat(figures.count(Measure.REFERRALS_MADE, "FORMAL_TO_FORMAL")).isEqualTo(1);
        assertThat(figures.count(Measure.REFERRALS_DECLINED, "NO_CAPACITY")).isEqualTo(1);
        assertThat(figures.count(Measure.HANDOVERS_INITIATED, "FORMAL_TO_INFORMAL")).isEqualTo(1);
        List<String> stored = jdbc.queryForList("""
                select concat_ws('|', network_id, month::text, measure, breakdown, count::text)
                from casework_count where network_id = ?""", String.class, networkId);
        assertThat(stored).isNotEmpty().allSatisfy(row -> assertThat(row)
                .doesNotContain(caseId, referralId, volunteer, "schuldhulp-zuid", "wijkteam-zuid", "welzijn-zuid"));
    }
}
