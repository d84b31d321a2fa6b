package nl.samenspel.infra.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for a Samenspel service jar in the platform test (the real services are built by other modules):
 * JDK classes only, so it can be packed into a jar on its own. It refuses to start unless PostgreSQL, Kafka and
 * Keycloak are reachable at the addresses the platform passes, serves the health endpoint, and records the
 * demo-data calls it receives in {@code <working directory>/<service>-requests.log}.
 */
public final class FakeService {

    private static final Pattern ORGANISATION = Pattern.compile("\"organisation\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NETWORK = Pattern.compile("\"networkId\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|signal-[0-9]+");

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        String name = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString().replace(".jar", "");
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        URI database = URI.create(System.getenv("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
        String kafka = System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        String issuer = System.getenv("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        // Like the real case-service, which has no default master key and refuses to start without one.
        if ("case-service".equals(name) && System.getenv("SAMENSPEL_VAULT_MASTER_KEY") == null) {
            throw new IllegalStateException("case-service needs SAMENSPEL_VAULT_MASTER_KEY");
        }
        requireListening(database.getHost(), database.getPort());
        requireListening(kafka.split(":")[0], Integer.parseInt(kafka.split(":")[1]));
        HttpResponse<Void> discovery = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
        if (discovery.statusCode() != 200) {
            throw new IllegalStateException("Issuer " + issuer + " answered " + discovery.statusCode());
        }
        Path requests = Path.of("").toAbsolutePath().resolve(name + "-requests.log");
        Set<String> calls = new HashSet<>();
        AtomicInteger signalAttempts = new AtomicInteger();
        AtomicInteger signals = new AtomicInteger();

        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        // Like the real services: health on the management port only.
        HttpServer management = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("MANAGEMENT_SERVER_PORT"))), 0);
        management.createContext("/actuator/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        management.start();
        // partner-service's demo calls: the first of each call is created, a repeat is a 409 already-exists as there.
        server.createContext("/", exchange -> {
            String organisation = organisation(exchange);
            if (organisation == null) {
                respond(exchange, 401, "{}");
                return;
            }
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            String body = body(exchange);
            record(requests, call + " by " + organisation + " " + body);
            boolean created;
            synchronized (calls) {
                // POSTs to one collection (invitations, trainings) differ only in their body.
                created = calls.add(call + " " + body);
            }
            respond(exchange, created ? 201 : 409, created ? "{}"
                    : "{\"type\":\"https://samenspel.example/problems/already-exists\"}");
        });
        server.createContext("/signals", exchange -> {
            String organisation = organisation(exchange);
            if (organisation == null) {
                respond(exchange, 401, "{}");
                return;
            }
            String body = body(exchange);
            if (!exchange.getRequestURI().getPath().equals("/signals")) {
                record(requests, call(exchange) + " by " + organisation);
                respond(exchange, 200, "{}");
                return;
            }
            // The real case service answers 400 until it has heard of the network; the first two tries play that.
            if (signalAttempts.incrementAndGet() <= 2) {
                respond(exchange, 400, "{\"title\":\"Unknown network\"}");
                return;
            }
            Matcher network = NETWORK.matcher(body);
            record(requests, "POST signal in " + (network.find() ? network.group(1) : "?") + " by " + organisation);
            respond(exchange, 201, "{\"signalId\":\"signal-" + signals.incrementAndGet() + "\"}");
        });
        // case-service's demo calls: new ids where the real one makes them, and a case read shows what the case was
        // told (the demo loader waits for a party to show on a case before closing it).
        Map<String, List<String>> toldPerCase = new ConcurrentHashMap<>();
        HttpHandler casework = exchange -> {
            String organisation = organisation(exchange);
            if (organisation == null) {
                respond(exchange, 401, "{}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String body = body(exchange);
            if (exchange.getRequestMethod().equals("GET")) {
                List<String> told = toldPerCase.getOrDefault(path, List.of());
                respond(exchange, 200, "{\"told\":[" + String.join(",", told) + "]}");
                return;
            }
            record(requests, call(exchange) + " by " + organisation);
            String[] segments = path.split("/");
            String created = UUID.randomUUID().toString();
            if (path.startsWith("/cases")) {
                String caseId = path.equals("/cases") ? created : segments[2];
                toldPerCase.computeIfAbsent("/cases/" + caseId, id -> new CopyOnWriteArrayList<>()).add(body);
            }
            String answer = switch (segments[segments.length - 1]) {
                case "cases" -> "{\"caseId\":\"" + created + "\",\"clientId\":\"" + UUID.randomUUID() + "\"}";
                case "actions" -> "{\"actionId\":\"" + created + "\"}";
                case "referrals" -> "{\"referralId\":\"" + created + "\"}";
                case "handovers" -> "{\"handoverId\":\"" + created + "\"}";
                default -> "{}";
            };
            respond(exchange, answer.equals("{}") ? 200 : 201, answer);
        };
        server.createContext("/cases", casework);
        server.createContext("/referrals", casework);
        server.createContext("/handovers", casework);
        server.start();
    }

    /** Method and path with ids left out, e.g. {@code POST /cases/{id}/closure}. */
    private static String call(HttpExchange exchange) {
        return exchange.getRequestMethod() + " " + ID.matcher(exchange.getRequestURI().getPath()).replaceAll("{id}");
    }

    private static void requireListening(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        }
    }

    /**
     * The organisation claim of the bearer token, or {@code (no organisation)} for a login that has none (the
     * platform operator onboards people); {@code null} without a bearer token. The signature is Keycloak's
     * business, not this stand-in's.
     */
    private static String organisation(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        Matcher matcher = ORGANISATION.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return matcher.find() ? matcher.group(1) : "(no organisation)";
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static synchronized void record(Path file, String line) throws IOException {
        Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
