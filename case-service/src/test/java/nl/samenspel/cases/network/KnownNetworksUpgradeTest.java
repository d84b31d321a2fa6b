package nl.samenspel.cases.network;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).startsWith("0.1", "0.2", "1", "0.10", "2");
    }
}
