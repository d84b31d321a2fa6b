package nl.samenspel.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    @TempDir
    Path home;

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws SQLException {
        PostgresServer postgres = new PostgresServer(0, home.resolve("pgdata"));
        try {
            postgres.start();
            assertThat(postgres.ensureDatabase("case_service")).isTrue();
            assertThat(postgres.ensureDatabase("case_service")).isFalse();
            try (Connection connection = postgres.connect("case_service"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE signal (id text PRIMARY KEY, network_id text NOT NULL)");
                sql.execute("INSERT INTO signal VALUES ('s-1', 'oggz-zuiderhaven')");
            }
            postgres.stop();
            assertThat(Ports.isFree(postgres.port())).isTrue();

            postgres.start();

            assertThat(postgres.ensureDatabase("case_service")).isFalse();
            try (Connection connection = postgres.connect("case_service");
                 Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT network_id FROM signal WHERE id = 's-1'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("oggz-zuiderhaven");
            }
            assertThat(postgres.jdbcUrl("case_service")).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/case_service");
        } finally {
            postgres.close();
        }
        assertThat(postgres.isRunning()).isFalse();
    }

    @Test
    void commandOnesDatabaseIsDurable() throws SQLException {
        PlatformConfig run = PlatformConfig.fromEnvironment(Map.of(),
                List.of("--home", home.resolve("run").toString(), "--postgres-port=" + Ports.freePort()), Path.of(""));
        PostgresServer postgres = new Platform(run).postgres();
        try {
            postgres.start();

            assertThat(settings(postgres)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        } finally {
            postgres.close();
        }
    }

    @Test
    void onlyTheTestOptionTradesDurabilityForSpeed() throws SQLException {
        try (PostgresServer postgres = PostgresServer.temporary().trustingTheOsForTestsOnly().start()) {
            assertThat(postgres.isDurable()).isFalse();
            assertThat(settings(postgres)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
        }
        try (PostgresServer postgres = PostgresServer.temporary()) {
            assertThat(postgres.isDurable()).isTrue();
        }
    }

    private static Map<String, String> settings(PostgresServer postgres) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = postgres.connect("postgres"); Statement sql = connection.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet row = sql.executeQuery("SHOW " + name)) {
                    row.next();
                    settings.put(name, row.getString(1));
                }
            }
        }
        return settings;
    }

    @Test
    void aTakenPortIsReportedBeforeStarting() {
        try (PostgresServer first = PostgresServer.temporary().start()) {
            PostgresServer second = new PostgresServer(first.port(), home.resolve("other"));

            assertThatThrownBy(second::start)
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + first.port() + " for PostgreSQL is already in use: free it or choose another port.");
        }
    }

    @Test
    void onlyPlainDatabaseNamesAreAccepted() {
        PostgresServer postgres = new PostgresServer(0, home.resolve("unused"));

        assertThatThrownBy(() -> postgres.ensureDatabase("x\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
