package nl.samenspel.testsupport.hostile;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.samenspel.testsupport.hostile.HostileRequest.Body;

/**
 * Runs a service's hostile requests over a pooled HTTP client, in parallel: first every request the service must
 * refuse, then the edge requests, counting stored events around each phase. Prints its seed, the counts per status
 * and every finding; replay with {@code -Dhostile.seed=<seed>}, size it with {@code -Dhostile.requests=<n>} (default
 * 10,000) and {@code -Dhostile.parallelism=<n>} (default 6).
 */
public final class HostileRun {

    public static final int DEFAULT_REQUESTS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 8;

    private final String service;
    private final int port;
    private final OpenApiContract contract;
    private final IdPool ids;
    private final List<Credential> credentials;
    private final List<Credential> refused;
    private final StateProbe state;

    private HostileRun(String service, int port, OpenApiContract contract, IdPool ids, List<Credential> credentials,
            List<Credential> refused, StateProbe state) {
        this.service = service;
        this.port = port;
        this.contract = contract;
        this.ids = ids;
        this.credentials = credentials;
        this.refused = refused;
        this.state = state;
    }

    /**
     * @param openApi the committed description, e.g. {@code Path.of("openapi.yaml")} in the module directory
     * @param state row counts of the event store and the read tables the requests could reach
     */
    public static HostileRun against(String service, int port, Path openApi, IdPool ids,
            List<Credential> credentials, List<Credential> refused, StateProbe state) {
        return new HostileRun(service, port, OpenApiContract.read(openApi), ids, credentials, refused, state);
    }

    public HostileReport run() {
        long seed = Long.getLong("hostile.seed", new java.security.SecureRandom().nextLong() & Long.MAX_VALUE);
        int count = Integer.getInteger("hostile.requests", DEFAULT_REQUESTS);
        int parallelism = Integer.getInteger("hostile.parallelism", 6);
        System.out.printf("hostile[%s] seed=%d requests=%d parallelism=%d (replay: -Dhostile.seed=%d)%n",
                service, seed, count, parallelism, seed);
        List<HostileRequest> requests = new HostileRequestGenerator(contract, ids, credentials, refused, seed)
                .generate(count);
        List<HostileRequest> refusable = requests.stream().filter(HostileRequest::refusable).toList();
        List<HostileRequest> edge = requests.stream().filter(r -> !r.refusable()).toList();

        HostileReport report = new HostileReport(service, seed, count, refusable.size(), edge.size());
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService workers = Executors.newFixedThreadPool(parallelism);
        try {
            Map<String, Long> before = quietState();
            send(refusable, client, workers, report);
            Map<String, Long> afterRefused = quietState();
            send(edge, client, workers, report);
            Map<String, Long> afterEdge = quietState();
            report.state(before, afterRefused, afterEdge);
        } finally {
            workers.shutdownNow();
        }
        report.seconds((System.nanoTime() - started) / 1e9);
        System.out.println(report.summary());
        System.out.println(report.categories());
        System.out.println(report.acceptedSamples());
        System.out.println(report.findings());
        return report;
    }

    private void send(List<HostileRequest> requests, HttpClient client, ExecutorService workers,
            HostileReport report) {
        List<Future<?>> pending = new ArrayList<>();
        for (HostileRequest request : requests) {
            pending.add(workers.submit(() -> {
                long sent = System.nanoTime();
                Answer answer = answer(client, request);
                report.record(request, answer, System.nanoTime() - sent);
            }));
        }
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("recording a response failed", e.getCause());
            }
        }
    }

    private Answer answer(HttpClient client, HostileRequest request) {
        URI uri;
        try {
            uri = URI.create("http://localhost:" + port + request.pathAndQuery());
        } catch (IllegalArgumentException notAUri) {
            try {
                return RawHttp.send(port, request, request.body() == null ? null : bytes(request.body()));
            } catch (IOException e) {
                return Answer.failed(e);
            }
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        try {
            if (request.credential().authorization() != null) {
                builder.header("Authorization", request.credential().authorization());
            }
            for (String[] header : request.headers()) {
                builder.header(header[0], header[1]);
            }
        } catch (IllegalArgumentException refusedByClient) {
            try {
                return RawHttp.send(port, request, request.body() == null ? null : bytes(request.body()));
            } catch (IOException e) {
                return Answer.failed(e);
            }
        }
        builder.method(request.method(), publisher(request.body(), request.chunked()));
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Answer.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(Body body, boolean chunked) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher parts = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(body.head()),
                HttpRequest.BodyPublishers.ofByteArrays(Collections.nCopies(body.times(), body.filler())),
                HttpRequest.BodyPublishers.ofByteArray(body.tail()));
        if (chunked) {
            return HttpRequest.BodyPublishers.fromPublisher(parts);
        }
        return body.length() == 0 ? HttpRequest.BodyPublishers.ofByteArray(new byte[0])
                : HttpRequest.BodyPublishers.fromPublisher(parts, body.length());
    }

    private static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.head());
        for (int i = 0; i < body.times(); i++) {
            out.writeBytes(body.filler());
        }
        out.writeBytes(body.tail());
        return out.toByteArray();
    }

    /** The counts once they have stopped changing: policies, sagas and projections triggered earlier are done. */
    private Map<String, Long> quietState() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        AtomicInteger unchanged = new AtomicInteger();
        await().pollInterval(Duration.ofMillis(250)).atMost(Duration.ofSeconds(90)).until(() -> {
            Map<String, Long> now = state.counts();
            if (now.equals(last.getAndSet(now))) {
                return unchanged.incrementAndGet() >= 4;
            }
            unchanged.set(0);
            return false;
        });
        return last.get();
    }

    /** What came back: status, content type and body, or the transport failure. */
    public record Answer(int status, String contentType, String body, String failure) {

        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        static Answer failed(Exception e) {
            return new Answer(-1, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Counts and findings of one service's run. */
    public static final class HostileReport {

        private final String service;
        private final long seed;
        private final int requests;
        private final int refusable;
        private final int edge;
        private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        private final Map<String, List<String>> findings = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> findingCounts = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> notes = new ConcurrentHashMap<>();
        private final Map<String, List<String>> noteSamples = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> categories = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> categoryNanos = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> categoryStatuses = new ConcurrentHashMap<>();
        private long eventsDuringRefused;
        private Map<String, Long> stateBefore = Map.of();
        private Map<String, Long> stateAfterRefused = Map.of();
        private Map<String, Long> stateAfterEdge = Map.of();
        private long eventsDuringEdge;
        private double seconds;

        HostileReport(String service, long seed, int requests, int refusable, int edge) {
            this.service = service;
            this.seed = seed;
            this.requests = requests;
            this.refusable = refusable;
            this.edge = edge;
        }

        void record(HostileRequest request, Answer answer, long nanos) {
            statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            String category = request.category();
            categories.computeIfAbsent(category, c -> new AtomicInteger()).incrementAndGet();
            categoryNanos.computeIfAbsent(category, c -> new AtomicLong()).addAndGet(nanos);
            String statusClass = answer.status() < 0 ? "failed" : answer.status() / 100 + "xx";
            categoryStatuses.computeIfAbsent(category + " " + statusClass, c -> new AtomicInteger()).incrementAndGet();
            int status = answer.status();
            if (answer.failure() != null) {
                if (request.overLimits()) {
                    // Past a limit the server stops reading and closes; the client may then lose the answer to a
                    // reset while it is still sending. Nothing was read, so nothing was stored or echoed.
                    note("connection closed by the server on a request over its limits");
                } else {
                    finding("transport-error", request, answer.failure());
                }
                return;
            }
            if (status >= 500) {
                finding("5xx", request, answer);
            }
            if (status >= 400 && !isProblem(answer, status)) {
                finding("error-not-problem+json", request, answer);
            }
            if (status >= 400) {
                String echoed = echoed(request, answer);
                if (echoed != null) {
                    finding("echoed-input", request, "echoes " + Body.escape(echoed) + " in " + answer);
                }
            }
            boolean success = status >= 200 && status < 300;
            if (success && request.refusable() && request.changesState()) {
                finding("accepted-contract-violation", request, answer);
            }
            // A 400 is wrong for an oversized body only when nothing else about the request (its path, say) was.
            if (request.body() != null && request.body().length() > HostileRequestGenerator.MAX_BODY_BYTES
                    && (success || status >= 500 || status == 400 && request.mutations().size() == 1)) {
                finding("oversize-body-not-refused", request, answer);
            }
            if (success && !request.refusable() && request.changesState()) {
                note("edge requests accepted (state-changing)", request, answer);
            }
            if (success && request.foreign()) {
                note("2xx aimed at another organisation's ids, " + (request.changesState() ? "writes" : "reads"),
                        request, answer);
            }
            if (status == 413) {
                note("413 for bodies " + (request.chunked() ? "chunked" : "with Content-Length"));
            }
        }

        private static boolean isProblem(Answer answer, int status) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return false;
            }
            try {
                JsonNode problem = JSON.readTree(answer.body());
                return problem.isObject() && problem.path("status").asInt() == status;
            } catch (IOException e) {
                return false;
            }
        }

        /** A hostile value that the error body repeats; {@code instance} (the request's own path) aside. */
        private static String echoed(HostileRequest request, Answer answer) {
            List<String> texts = new ArrayList<>();
            try {
                JsonNode json = JSON.readTree(answer.body());
                if (json != null && json.isObject()) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("instance");
                }
                collectTexts(json, texts);
            } catch (IOException notJson) {
                texts.add(answer.body());
            }
            for (String taint : request.taints()) {
                for (String text : texts) {
                    if (text.contains(taint)) {
                        return taint;
                    }
                }
            }
            return null;
        }

        private static void collectTexts(JsonNode node, List<String> texts) {
            if (node == null) {
                return;
            }
            if (node.isTextual()) {
                texts.add(node.asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                texts.add(field.getKey());
                collectTexts(field.getValue(), texts);
            }
            if (node.isArray()) {
                node.forEach(element -> collectTexts(element, texts));
            }
        }

        private void finding(String kind, HostileRequest request, Object answer) {
            findingCounts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            List<String> samples = findings.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()));
            if (samples.size() < SAMPLES) {
                String text = answer.toString();
                samples.add(request.describe() + "\n      -> " + Body.escape(text.length() > 400
                        ? text.substring(0, 400) + "…" : text));
            }
        }

        private void note(String kind) {
            notes.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        /** A note with samples: what was accepted is worth reading, even when accepting it was right. */
        private void note(String kind, HostileRequest request, Answer answer) {
            note(kind);
            List<String> samples = noteSamples.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()));
            if (samples.size() < SAMPLES) {
                String text = answer.toString();
                samples.add(request.describe() + "\n      -> " + Body.escape(text.length() > 300
                        ? text.substring(0, 300) + "…" : text));
            }
        }

        /** Requests, status classes and mean milliseconds per category (a request's first mutation). */
        public String categories() {
            StringBuilder out = new StringBuilder("hostile[" + service + "] by category (requests, ms mean, status classes):");
            new TreeMap<>(categories).forEach((category, n) -> {
                out.append(String.format("%n  %-34s %6d %7.1f ms ", category, n.get(),
                        categoryNanos.get(category).get() / 1e6 / n.get()));
                categoryStatuses.forEach((key, count) -> {
                    if (key.startsWith(category + " ")) {
                        out.append(' ').append(key.substring(category.length() + 1)).append('=').append(count.get());
                    }
                });
            });
            return out.toString();
        }

        /** Samples of what was accepted: edge requests that wrote, and 2xx for other organisations' ids. */
        public String acceptedSamples() {
            StringBuilder out = new StringBuilder("hostile[" + service + "] accepted samples:");
            new TreeMap<>(noteSamples).forEach((kind, samples) -> {
                out.append("\n  ").append(kind).append(" × ").append(notes.get(kind).get());
                samples.forEach(sample -> out.append("\n    ").append(sample));
            });
            return out.toString();
        }

        void state(Map<String, Long> before, Map<String, Long> afterRefused, Map<String, Long> afterEdge) {
            this.stateBefore = before;
            this.stateAfterRefused = afterRefused;
            this.eventsDuringRefused = afterRefused.get(StateProbe.EVENT_STORE) - before.get(StateProbe.EVENT_STORE);
            this.eventsDuringEdge = afterEdge.get(StateProbe.EVENT_STORE) - afterRefused.get(StateProbe.EVENT_STORE);
            this.stateAfterEdge = afterEdge;
        }

        void seconds(double seconds) {
            this.seconds = seconds;
        }

        public int count(String finding) {
            AtomicInteger count = findingCounts.get(finding);
            return count == null ? 0 : count.get();
        }

        public int statusesBetween(int from, int to) {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to)
                    .mapToInt(e -> e.getValue().get()).sum();
        }

        public int requests() {
            return requests;
        }

        public long eventsDuringRefused() {
            return eventsDuringRefused;
        }

        public long eventsDuringEdge() {
            return eventsDuringEdge;
        }

        /**
         * The promises: no 5xx, every error problem+json and silent about the input, no contract violation
         * accepted, every oversized body refused, nothing stored while only refusable requests were sent.
         */
        public void assertHeld() {
            org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
            for (String kind : List.of("5xx", "transport-error", "error-not-problem+json", "echoed-input",
                    "accepted-contract-violation", "oversize-body-not-refused")) {
                soft.assertThat(count(kind)).as("%s in %s (seed %d)%n%s", kind, service, seed, findings()).isZero();
            }
            soft.assertThat(stateAfterRefused).as("rows of %s's event store and read tables after only requests to "
                    + "refuse (seed %d)", service, seed).isEqualTo(stateBefore);
            soft.assertAll();
        }

        public String summary() {
            Map<Integer, Integer> byStatus = new TreeMap<>();
            statuses.forEach((status, n) -> byStatus.put(status, n.get()));
            return String.format("hostile[%s] seed=%d requests=%d (must-refuse %d, edge %d) 2xx=%d 4xx=%d 5xx=%d "
                            + "transport-errors=%d non-problem+json=%d echoes=%d accepted-violations=%d "
                            + "oversize-not-refused=%d events: during refused=%d, during edge=%d; rows before %s, after refused %s, "
                            + "after edge %s; %.1f s; by status %s; %s",
                    service, seed, requests, refusable, edge, statusesBetween(200, 299), statusesBetween(400, 499),
                    statusesBetween(500, 599), count("transport-error"), count("error-not-problem+json"),
                    count("echoed-input"), count("accepted-contract-violation"), count("oversize-body-not-refused"),
                    eventsDuringRefused, eventsDuringEdge, stateBefore, stateAfterRefused, stateAfterEdge, seconds,
                    byStatus,
                    new TreeMap<>(notes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().get()))));
        }

        public String findings() {
            if (findings.isEmpty()) {
                return "hostile[" + service + "] no findings";
            }
            StringBuilder out = new StringBuilder("hostile[" + service + "] findings (seed " + seed + "):");
            new TreeMap<>(findings).forEach((kind, samples) -> {
                out.append("\n  ").append(kind).append(" × ").append(count(kind));
                samples.forEach(sample -> out.append("\n    ").append(sample));
            });
            return out.toString();
        }
    }
}
