package nl.samenspel.consent;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * consent-service runs on its own database with the platform's and the partner-facts library's migrations, and
 * refuses every request without a valid token.
 */
class ConsentServiceIntegrationTest extends ServiceIntegrationTest {

    @Test
    void runsOnItsOwnEventStoreMigratedByFlyway() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).contains("0.1", "0.2", "0.10");
        assertThat(storedEvents()).isZero();
        assertThat(management().get("/actuator/health").body()).contains("\"UP\"");
    }

    @Test
    void everyPathNeedsAToken() {
        Api.Response anonymous = api().get("/consents");
        Api.Response garbage = api().as("garbage").get("/consents");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(garbage.status()).isEqualTo(401);
    }

    @Test
    void anAuthenticatedRequestForSomethingThatDoesNotExistIsA404ProblemNotA500() {
        Api.Response response = api().as(TestInfrastructure.token("privacy-1", "ggd-zuiderhaven", Roles.PRIVACY_OFFICER))
                .get("/consents");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }
}
