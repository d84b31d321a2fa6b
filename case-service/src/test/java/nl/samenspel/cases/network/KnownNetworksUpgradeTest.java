package nl.samenspel.cases.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.infra.PostgresServer;
import nl.samenspel.partnerfacts.PartnerNetworks;
import nl.samenspel.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A case-service database from before partner facts (platform and V1 only) takes partner-facts' lower
 * version out of order, and keeps the networks it already knew.
 */
class KnownNetworksUpgradeTest {

    private static final String DATABASE = "before_partner_facts";

    @Test
    void networksKnownBeforePartnerFactsStayKnown() {
        PostgresServer postgres = TestInfrastructure.postgres();
        postgres.ensureDatabase(DATABASE);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/platform", "classpath:db/migration/cases").target("1")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into known_network (network_id, network_type, municipality_code, registered_at)
                values ('oggz-oud', 'OGGZ', 'GM9901', now())""");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
                .load().migrate();

        assertThat(new PartnerNetworks(jdbc).find(new NetworkId("oggz-oud")))
                .hasValueSatisfying(network -> assertThat(network.municipalityCode()).isEqualTo("GM9901"));
        assertThat(jdbc.queryForObject("select to_regclass('known_network') is null", Boolean.class)).isTrue();
        // Later migrations follow; what matters is that the library's lower version came after V1, out of order.
        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class);
        assertThat(applied).contains("1", "0.10", "2");
        assertThat(applied.indexOf("0.10")).isGreaterThan(applied.indexOf("1"));
    }
}
