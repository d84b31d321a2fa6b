package nl.samenspel.testsupport.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table must classify every operation × role × scope of the API exactly once, and nothing else. */
class AuthorizationMatrixTableTest {

    private static final String OPEN_API = """
            openapi: 3.1.0
            paths:
              /things/{thingId}:
                get:
                  operationId: getThing
                put:
                  operationId: putThing
                parameters: []
            """;

    @TempDir
    Path dir;

    private List<String> fullTable() {
        List<String> lines = new ArrayList<>(List.of(MatrixTable.HEADER));
        for (String method : List.of("GET", "PUT")) {
            for (String role : AuthorizationMatrix.roles().stream().sorted().toList()) {
                lines.add(method + ",/things/{thingId}," + role + ",own,refused,\"R3: no covenant, no data\"");
                lines.add(method + ",/things/{thingId}," + role + ",other,refused,not theirs");
            }
        }
        return lines;
    }

    private AuthorizationMatrix matrix(List<String> table) throws IOException {
        Files.writeString(dir.resolve("openapi.yaml"), OPEN_API);
        Files.write(dir.resolve("matrix.csv"), table);
        return AuthorizationMatrix.of("thing-service", dir.resolve("openapi.yaml"), dir.resolve("matrix.csv"));
    }

    @Test
    void aCompleteTableCoversOperationsTimesRolesTimesScopes() throws IOException {
        AuthorizationMatrix matrix = matrix(fullTable());

        matrix.assertComplete();
        assertThat(matrix.cells()).hasSize(2 * AuthorizationMatrix.roles().size() * 2);
        assertThat(AuthorizationMatrix.roles()).contains("network-coordinator", "platform-operator", "anonymous");
    }

    @Test
    void anUnclassifiedCellFailsNamingIt() throws IOException {
        List<String> table = fullTable();
        table.remove("PUT,/things/{thingId},volunteer,other,refused,not theirs");

        assertThatThrownBy(() -> matrix(table).assertComplete()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("unclassified: PUT,/things/{thingId},volunteer,other");
    }

    @Test
    void aRowForAnOperationTheApiDoesNotHaveFails() throws IOException {
        List<String> table = fullTable();
        table.add("PUT,/zz-gone,volunteer,own,refused,removed endpoint");

        assertThatThrownBy(() -> matrix(table).assertComplete()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("not an operation or role: PUT,/zz-gone,volunteer,own");
    }

    @Test
    void rowsOutOfOrderOrTwiceAreRejected() {
        List<String> table = fullTable();
        table.add(table.get(1));

        assertThatThrownBy(() -> matrix(table)).hasMessageContaining("sorted");
    }

    @Test
    void anExpectationOtherThanPermittedOrRefusedIsRejected() {
        List<String> table = fullTable();
        table.set(1, table.get(1).replace(",refused,", ",maybe,"));

        assertThatThrownBy(() -> matrix(table)).hasMessageContaining("permitted or refused");
    }
}
