package nl.samenspel.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
