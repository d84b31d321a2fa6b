package nl.samenspel.reporting.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.cases.CaseClosedV1;
import nl.samenspel.contracts.cases.CaseOpenedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseworkReportIntegrationTest extends ServiceIntegrationTest {

    private static String coordinator() {
        return TestInfrastructure.token("coordinator-fatima", "ggd-zuiderhaven", Roles.NETWORK_COORDINATOR);
    }

    private static String analyst() {
        return TestInfrastructure.token("analist-joost", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
    }

    private static String registeredNetwork() {
        String networkId = "oggz-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(networkId,
                "OGGZ-netwerk Casework", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", Instant.now()));
        return networkId;
    }

    /** {@code cases} cases opened now, {@code closed} of them closed; the first {@code acute} acute. */
    private static void casework(String networkId, int cases, int acute, int closed) {
        for (int i = 0; i < cases; i++) {
            String caseId = UUID.randomUUID().toString();
            KafkaTopics.publish(bootstrapServers(), Topics.CASE_EVENTS, new CaseOpenedV1(caseId, networkId,
                    UUID.randomUUID().toString(), null, false, List.of(ProblemDomain.SELF_NEGLECT), i < acute,
                    Presentation.NUISANCE, LegalBasis.INFORMED_CONSENT, Instant.now()));
            if (i < closed) {
                KafkaTopics.publish(bootstrapServers(), Topics.CASE_EVENTS, new CaseClosedV1(caseId, networkId,
                        ClosureReason.GOALS_REACHED, Outcome.IMPROVED, LocalDate.now().plusMonths(6), Instant.now()));
            }
        }
    }

    private JsonNode report(String token, String networkId) {
        Api.Response response = api().as(token).get("/reports/casework?networkId=" + networkId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        return response.json().get(0);
    }

    @Test
    void theCoordinatorSeesExactFiguresForTheCurrentYear() {
        String networkId = registeredNetwork();
        casework(networkId, 6, 1, 2);

        JsonNode report = await().atMost(Duration.ofSeconds(60)).until(() -> report(coordinator(), networkId),
                r -> r.at("/figures/cases-opened/total").asLong() == 6 && r.at("/figures/cases-closed/total").asLong() == 2
                        && r.hasNonNull("networkName"));

        YearMonth now = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        assertThat(report.get("from").asText()).isEqualTo(now.minusMonths(11).toString());
        assertThat(report.get("to").asText()).isEqualTo(now.toString());
        assertThat(report.at("/figures/cases-opened/breakdown/NUISANCE").asLong()).isEqualTo(6);
        assertThat(report.at("/figures/cases-opened/breakdown/SILENT").asLong()).isZero();
        assertThat(report.at("/figures/acute-cases-opened/total").asLong()).isEqualTo(1);
        assertThat(report.at("/figures/problem-domains/breakdown/SELF_NEGLECT").asLong()).isEqualTo(6);
        assertThat(report.at("/figures/cases-closed/breakdown/GOALS_REACHED").asLong()).isEqualTo(2);
        assertThat(report.at("/figures/referrals-made/total").asLong()).isZero();
        assertThat(report.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void aMunicipalAnalystSeesSmallFiguresWithheldAndNoIds() {
        String networkId = registeredNetwork();
        casework(networkId, 6, 1, 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> report(coordinator(), networkId)
                .at("/figures/cases-closed/total").asLong() == 2);

        JsonNode report = report(analyst(), networkId);

        assertThat(report.at("/figures/cases-opened/total").asLong()).isEqualTo(6);
        assertThat(report.at("/figures/cases-opened/breakdown/NUISANCE").asLong()).isEqualTo(6);
        assertThat(report.at("/figures/acute-cases-opened/total").isNull()).as(report.toString()).isTrue();
        assertThat(report.at("/figures/cases-closed/total").isNull()).isTrue();
        assertThat(report.at("/figures/cases-closed/breakdown/GOALS_REACHED").isNull()).isTrue();
        assertThat(report.at("/figures/referrals-made/total").asLong()).isZero();
        assertThat(report.get("suppressed").asBoolean()).isTrue();
        assertThat(report.toString()).as("no case, client or party id")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void aPeriodBeforeTheCaseworkShowsZeroes() {
        String networkId = registeredNetwork();
        casework(networkId, 1, 0, 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> report(coordinator(), networkId)
                .at("/figures/cases-opened/total").asLong() == 1);

        Api.Response response = api().as(coordinator())
                .get("/reports/casework?networkId=" + networkId + "&from=2020-01&to=2020-12");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get(0).at("/figures/cases-opened/total").asLong()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"from=2026-13,from", "to=november,to", "from=2026-11&to=2026-10,from", "networkId=Netwerk%20Noord,networkId",
            "from=%2B999999-01,from", "from=1900-01,from", "to=2199-01,to", "to=%2B999999-12,to"})
    void aBadPeriodOrNetworkIsABadRequestNamingTheField(String query, String field) {
        Api.Response response = api().as(coordinator()).get("/reports/casework?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.PROFESSIONAL, Roles.PRIVACY_OFFICER, Roles.PARTNER_SYSTEM})
    void rolesWithoutAccountabilityDutiesMayNotSeeIt(String role) {
        Api.Response response = api().as(TestInfrastructure.token("someone", "ggd-zuiderhaven", role))
                .get("/reports/casework");

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }
}
