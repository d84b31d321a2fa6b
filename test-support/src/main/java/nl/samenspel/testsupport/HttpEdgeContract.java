package nl.samenspel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every service answers to requests that fail before, around or outside its controllers: a 4xx
 * {@code application/problem+json} that echoes nothing of the request, whichever layer refuses it (Tomcat's
 * parser, Spring Security's firewall and token checks, Spring MVC's routing and content negotiation).
 * A service's test implements this beside its module base class and names one of its real endpoints.
 */
public interface HttpEdgeContract {

    int applicationPort();

    /** A GET endpoint (with its query) that answers {@link #readerToken()} with 200 JSON. */
    String readablePath();

    String readerToken();

    /** A GET endpoint that {@link #refusedToken()}, valid as it is, may not do. */
    String refusedPath();

    String refusedToken();

    /** A problem of this status, naming none of the {@code echoes}. */
    static void assertProblem(RawHttp.Response response, int status, String... echoes) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body()).as(response.toString()).contains("\"status\":" + status);
        for (String echo : echoes) {
            assertThat(response.body()).as(response.toString()).doesNotContainIgnoringCase(echo);
        }
    }

    private RawHttp.Response get(String target, String... headers) {
        return RawHttp.send(applicationPort(), "GET", target, headers);
    }

    private String bearer() {
        return "Authorization: Bearer " + readerToken();
    }

    @Test
    default void anEncodedDotSegmentIsRefusedByTheFirewallAsAProblem() {
        assertProblem(get("/cases/%2e%2e", bearer()), 400, "%2e", "cases");
        assertProblem(get("/cases/%2e%2e"), 400, "%2e", "cases");
    }

    @Test
    default void aNulInThePathIsRefusedByTomcatAsAProblem() {
        assertProblem(get("/cases/a%00b", bearer()), 400, "a%00b", "cases");
    }

    @Test
    default void aHugeQueryStringIsRefusedAsAProblem() {
        String query = "q".repeat(130_000);

        assertProblem(get(readablePath() + (readablePath().contains("?") ? "&" : "?") + "filler=" + query, bearer()),
                400, "qqqqqqqqqq", "filler");
    }

    @Test
    default void oversizedHeadersAreRefusedAsAProblem() {
        assertProblem(get(readablePath(), bearer(), "X-Filler: " + "h".repeat(20_000)), 400, "hhhhhhhhhh", "filler");
    }

    @Test
    default void anUnknownPathIsANotFoundProblemEvenWhenHtmlIsAsked() {
        assertProblem(get("/no-such-thing/here", bearer(), "Accept: text/html"), 404, "no-such-thing");
    }

    @Test
    default void withoutOrWithABadTokenTheAnswerIsAnUnauthenticatedProblem() {
        assertProblem(get("/no-such-thing"), 401, "no-such-thing");
        assertProblem(get(readablePath(), "Authorization: Bearer not.a.token"), 401, "not.a.token");
    }

    @Test
    default void aRoleThatMayNotReadGetsAForbiddenProblem() {
        assertProblem(get(refusedPath(), "Authorization: Bearer " + refusedToken()), 403);
    }

    @Test
    default void anUnsupportedMethodIsAMethodNotAllowedProblem() {
        assertProblem(RawHttp.send(applicationPort(), "DELETE", readablePath(), bearer()), 405);
        // TRACE is refused by Tomcat itself, before Spring MVC.
        assertProblem(RawHttp.send(applicationPort(), "TRACE", readablePath(), bearer()), 405);
    }

    @Test
    default void anUnproducibleMediaTypeIsANotAcceptableProblem() {
        assertProblem(get(readablePath(), bearer(), "Accept: text/csv"), 406);
    }

    /** Spring asserts a request's content type is concrete; {@code application/*} once ended as a 500. */
    @Test
    default void aContentTypeThatIsNoConcreteMediaTypeIsAnUnsupportedMediaTypeProblem() {
        assertProblem(get(readablePath(), bearer(), "Content-Type: application/*"), 415, "application/*");
        assertProblem(get(readablePath(), bearer(), "Content-Type: */*"), 415);
        assertProblem(get(readablePath(), bearer(), "Content-Type: ;;<script>"), 415, "<script>");
    }

    @Test
    default void theReadablePathReallyAnswers() {
        RawHttp.Response response = get(readablePath(), bearer());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }
}
