package nl.samenspel.cases.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.HttpEdgeContract;
import nl.samenspel.testsupport.RawHttp;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** case-service's answers to requests refused before, around or outside its controllers. */
class HttpEdgeIntegrationTest extends CaseServiceIntegrationTest implements HttpEdgeContract {

    private static final String VOLUNTEER = TestInfrastructure.token("volunteer-edge", "vrijwilligers-zuiderhaven",
            Roles.VOLUNTEER);

    private static final long NINETEEN_MB = 19L * 1024 * 1024;

    @Override
    public int applicationPort() {
        return port;
    }

    @Override
    public String readablePath() {
        return "/signals/mine";
    }

    @Override
    public String readerToken() {
        return VOLUNTEER;
    }

    @Override
    public String refusedPath() {
        return "/signals?networkId=oggz-edge";
    }

    @Override
    public String refusedToken() {
        return VOLUNTEER;
    }

    /**
     * Issue 8 B9: twelve parallel 19 MB chunked signals from one volunteer gave seven 500s with OutOfMemoryError.
     * A chunked body declares no length; it is counted as it streams and cut off past the limit.
     */
    @Test
    void parallelChunkedBodiesAboveTheLimitAreRefusedWithoutFillingTheHeap() {
        long storedBefore = storedEvents();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 5, TimeUnit.MILLISECONDS);
        byte[] opening = "{\"networkId\": \"oggz-edge\", \"signallerRole\": \"VOLUNTEER\", \"anonymous\": false, \"concern\": \""
                .getBytes(StandardCharsets.UTF_8);
        byte[] concern = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<RawHttp.Upload> uploads;
        try {
            List<CompletableFuture<RawHttp.Upload>> parallel = IntStream.range(0, 12)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> RawHttp.uploadChunked(port, "POST", "/signals",
                            opening, concern, NINETEEN_MB, "Authorization: Bearer " + VOLUNTEER,
                            "Content-Type: application/json"), clients))
                    .toList();
            uploads = parallel.stream().map(CompletableFuture::join).toList();
        } finally {
            sampler.shutdownNow();
            clients.shutdownNow();
        }

        for (RawHttp.Upload upload : uploads) {
            HttpEdgeContract.assertProblem(upload.response(), 413, "xxxxxxxxxx");
            // The server stopped reading: the rest of the 19 MB was never taken in.
            assertThat(upload.cutOff()).as("upload cut off, %d bytes sent", upload.bytesSent()).isTrue();
            assertThat(upload.bytesSent()).isLessThan(NINETEEN_MB);
        }
        assertThat(peakHeap.get()).as("peak heap used during the uploads")
                .isLessThan(memory.getHeapMemoryUsage().getMax() * 9 / 10);
        assertThat(storedEvents()).isEqualTo(storedBefore);
        RawHttp.Response afterwards = RawHttp.send(port, "GET", readablePath(), "Authorization: Bearer " + VOLUNTEER);
        assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
    }

    /**
     * Found by the hostile-input test: a key given twice in a body reached the record's creator and ended as a 500;
     * which of the two values counts is whatever the parser makes of it, so the body is refused whole.
     */
    @Test
    void aBodyWithAKeyGivenTwiceIsMalformedJsonAndStoresNothing() {
        long storedBefore = storedEvents();
        String network = knownNetwork();

        Api.Response response = api().as(VOLUNTEER).post("/signals", """
                {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Post stapelt zich op.",
                 "anonymous": true, "anonymous": false}""".formatted(network));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("type").asText()).endsWith("/malformed-json");
        assertThat(response.body()).doesNotContain("anonymous");
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    /**
     * Found by the hostile-input test: {@code application/*} on a command ended as a 500; a YAML body was read by a
     * lenient mapper (unknown fields dropped) and stored; a body labelled UTF-16 was read by guesswork.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/*", "application/yaml", "application/json; charset=utf-16",
        "application/json; charset=bogus"})
    void aCommandInAnythingButUtf8JsonIsAnUnsupportedMediaTypeProblem(String contentType) {
        long storedBefore = storedEvents();
        String network = knownNetwork();

        Api.Response response = api().as(VOLUNTEER).postWithHeader("/signals", """
                {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Post stapelt zich op.",
                 "anonymous": false, "anonymus": true}""".formatted(network), "X-Request-Id", "edge", contentType);

        assertThat(response.status()).as(response.toString()).isEqualTo(415);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).doesNotContain(contentType);
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    /** Found by the hostile-input test: a second JSON document after the first was ignored, and the first stored. */
    @Test
    void aBodyWithContentAfterItsJsonIsMalformedAndStoresNothing() {
        long storedBefore = storedEvents();
        String network = knownNetwork();

        Api.Response response = api().as(VOLUNTEER).post("/signals", """
                {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Post stapelt zich op.",
                 "anonymous": false}{"anonymous": true}""".formatted(network));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    /**
     * Found by the hostile-input test: a form-encoded body with a NUL reached the firewall's parameter check inside
     * Spring MVC, past the firewall's own handler, and ended as a 500.
     */
    @Test
    void aFormBodyWithControlCharactersIsARejectedRequestProblem() {
        long storedBefore = storedEvents();

        Api.Response response = api().as(VOLUNTEER).postWithHeader("/signals", "reason=AAAA%00%00&networkId=x",
                "X-Request-Id", "edge", "application/x-www-form-urlencoded");

        assertThat(response.status()).as(response.toString()).isIn(400, 415);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).doesNotContain("AAAA");
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }
}
