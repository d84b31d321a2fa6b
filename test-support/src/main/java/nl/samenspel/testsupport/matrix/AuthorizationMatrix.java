package nl.samenspel.testsupport.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.StringConstants;
import org.awaitility.Awaitility;

/**
 * Every operation of a service × every role × own and other scope, against the expected-outcome table committed
 * beside the test ({@code src/test/resources/authorization-matrix.csv}).
 *
 * <p>The operations come from the service's committed {@code openapi.yaml}, the roles from every constant of
 * {@link Roles} plus {@value #ANONYMOUS}; the table must classify each combination exactly once and name nothing
 * else, so a new endpoint or role cannot ship unclassified. Then every cell is sent as a real request built by the
 * service's test (real token, fixture objects of the scope, a valid body, so that authorization is the only reason
 * for a refusal):
 * <ul>
 * <li>a refused cell must answer 401 or 403 (or 404, where the service hides whether an object exists) as
 *     {@code application/problem+json}, and leave the event store unchanged;</li>
 * <li>a permitted cell must answer neither 401 nor 403, nor 404 where the service hides existence with it, nor a
 *     400 (its body or fixture would be wrong and nothing shown), nor a 5xx.</li>
 * </ul>
 * Refused cells run first, on fixtures no permitted request has changed yet.
 */
public final class AuthorizationMatrix {

    public static final String ANONYMOUS = "anonymous";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final String service;
    private final List<Operation> operations;
    private final List<Expected> table;
    private boolean hidesExistence;

    private AuthorizationMatrix(String service, List<Operation> operations, List<Expected> table) {
        this.service = service;
        this.operations = operations;
        this.table = table;
    }

    /** The matrix of the service whose module holds {@code openapi.yaml} and the table, from the module root. */
    public static AuthorizationMatrix of(String service) {
        return of(service, Path.of("openapi.yaml"), Path.of("src/test/resources/authorization-matrix.csv"));
    }

    public static AuthorizationMatrix of(String service, Path openApi, Path table) {
        return new AuthorizationMatrix(service, operations(openApi), MatrixTable.read(table));
    }

    /** The service answers 404 rather than 403 where telling "exists but not yours" would leak. */
    public AuthorizationMatrix hidingExistenceWith404() {
        this.hidesExistence = true;
        return this;
    }

    /** Every realm role constant of {@link Roles}, then {@value #ANONYMOUS}. */
    public static List<String> roles() {
        List<String> roles = new ArrayList<>(StringConstants.of(Roles.class));
        roles.add(ANONYMOUS);
        return List.copyOf(roles);
    }

    /** Every operation of a committed OpenAPI description. */
    public static List<Operation> operations(Path openApi) {
        JsonNode paths;
        try {
            paths = YAML.readTree(openApi.toFile()).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + openApi, e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method, path.getKey()));
                }
            });
        }
        return operations.stream().sorted().toList();
    }

    /** Every cell the table must classify. */
    public List<Cell> cells() {
        return operations.stream()
                .flatMap(operation -> roles().stream()
                        .flatMap(role -> Stream.of(Scope.values()).map(scope -> new Cell(operation, role, scope))))
                .sorted().toList();
    }

    /** The table classifies every cell and nothing else; otherwise the cells missing and unknown. */
    public void assertComplete() {
        Set<Cell> required = new TreeSet<>(cells());
        Set<Cell> classified = new TreeSet<>();
        table.forEach(row -> classified.add(row.cell()));
        Set<Cell> missing = new TreeSet<>(required);
        missing.removeAll(classified);
        Set<Cell> unknown = new TreeSet<>(classified);
        unknown.removeAll(required);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            StringBuilder message = new StringBuilder("the authorization matrix of " + service
                    + " does not match its API and roles:");
            missing.forEach(cell -> message.append("\n  unclassified: ").append(csv(cell)));
            unknown.forEach(cell -> message.append("\n  not an operation or role: ").append(csv(cell)));
            throw new AssertionError(message.toString());
        }
    }

    /**
     * Sends every cell as the request {@code requests} builds for it and compares the answer with the table.
     * {@code storedEvents} counts the service's event store.
     */
    public MatrixResult run(int port, LongSupplier storedEvents, Function<Cell, MatrixRequest> requests) {
        assertComplete();
        List<Expected> ordered = Stream.concat(table.stream().filter(row -> !row.permitted()),
                table.stream().filter(Expected::permitted)).toList();
        List<MatrixResult.Observed> observed = new ArrayList<>();
        for (Expected row : ordered) {
            MatrixRequest request = requests.apply(row.cell());
            long before = row.permitted() ? storedEvents.getAsLong() : settled(storedEvents);
            Api.Response response = send(port, row.cell().operation().method(), request);
            long written = storedEvents.getAsLong() - before;
            observed.add(new MatrixResult.Observed(row, request.path(), response.status(), response.isProblem(),
                    written, judge(row, response, written)));
        }
        return new MatrixResult(service, operations.size(), roles().size(), Scope.values().length, observed);
    }

    /**
     * The event count once what building the cell's fixture set off (sagas, policies) has been stored, so that a
     * refused request is not blamed for it.
     */
    private static long settled(LongSupplier storedEvents) {
        long[] last = {storedEvents.getAsLong()};
        Awaitility.await().pollDelay(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(10)).until(() -> {
                    long now = storedEvents.getAsLong();
                    boolean same = now == last[0];
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    private String judge(Expected row, Api.Response response, long written) {
        int status = response.status();
        boolean refusal = status == 401 || status == 403 || hidesExistence && status == 404;
        if (!row.permitted()) {
            if (!refusal) {
                return "expected a refusal, got " + status;
            }
            if (!response.isProblem()) {
                return "refused with " + status + " but as " + response.contentType() + ", not problem+json";
            }
            if (written != 0) {
                return "refused with " + status + " but " + written + " events were stored";
            }
            return null;
        }
        if (refusal) {
            return "expected permission, refused with " + status;
        }
        if (status == 400) {
            return "permitted cell answered 400, so its request is not valid and shows nothing: " + response.body();
        }
        if (status == 404) {
            return "permitted cell answered 404, so its fixture object is missing and shows nothing";
        }
        if (status >= 500) {
            return "permitted cell answered " + status;
        }
        return null;
    }

    private static Api.Response send(int port, String method, MatrixRequest request) {
        Api api = request.token() == null ? Api.at(port) : Api.at(port).as(request.token());
        return api.send(method, request.path(), request.body(), request.headers());
    }

    static String csv(Cell cell) {
        return cell.operation().method() + "," + cell.operation().path() + "," + cell.role() + ","
                + cell.scope().label();
    }
}
