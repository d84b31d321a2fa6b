package nl.samenspel.shared.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The fixed problem for a status, for refusals whose own message would quote the request (Tomcat's "Invalid
 * URI", Spring's "No static resource /the/path", "Content-Type 'x' is not supported"): the same words whatever
 * was sent.
 */
public final class StatusProblems {

    private record Text(String type, String title, String detail) {
    }

    private static final Map<Integer, Text> TEXTS = Map.ofEntries(
            Map.entry(400, new Text("bad-request", "Bad request",
                    "The request line, a header, the path or a parameter is malformed or not accepted.")),
            Map.entry(401, new Text("unauthenticated", "Authentication required",
                    "Send a bearer token issued by the Samenspel realm.")),
            Map.entry(403, new Text("forbidden", "Forbidden", "Your role does not allow this operation.")),
            Map.entry(404, new Text("not-found", "Not found", "Nothing exists at this address.")),
            Map.entry(405, new Text("method-not-allowed", "Method not allowed",
                    "This address does not accept this method; the Allow header lists those it does.")),
            Map.entry(406, new Text("not-acceptable", "Not acceptable",
                    "This address answers in JSON only; accept application/json.")),
            Map.entry(408, new Text("request-timeout", "Request timeout", "The request was not completed in time.")),
            Map.entry(413, new Text("body-too-large", "Request body too large",
                    "The request body is larger than this service accepts.")),
            Map.entry(414, new Text("uri-too-long", "URI too long", "The request line is longer than accepted.")),
            Map.entry(415, new Text("unsupported-media-type", "Unsupported media type",
                    "Send the request body as application/json.")),
            Map.entry(431, new Text("headers-too-large", "Request headers too large",
                    "The request headers are larger than accepted.")),
            Map.entry(500, new Text("internal-error", "Internal error",
                    "The request could not be completed. Nothing was stored; it is safe to retry.")),
            Map.entry(503, new Text("unavailable", "Service unavailable", "The service cannot answer now; retry later.")));

    private StatusProblems() {
    }

    public static ProblemDetail of(HttpStatusCode status) {
        return of(status.value());
    }

    public static ProblemDetail of(int status) {
        Text text = TEXTS.getOrDefault(status, generic(status));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), text.detail());
        problem.setType(java.net.URI.create(ProblemResponses.TYPE_BASE + text.type()));
        problem.setTitle(text.title());
        return problem;
    }

    /** The same problem as JSON text, for writers without an object mapper (all its texts are fixed and plain). */
    public static String json(int status) {
        ProblemDetail problem = of(status);
        return "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle() + "\",\"status\":" + status
                + ",\"detail\":\"" + problem.getDetail() + "\"}";
    }

    private static Text generic(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return status < 500
                    ? new Text("client-error", "Client error", "The request cannot be answered.")
                    : new Text("server-error", "Server error", "The request could not be completed.");
        }
        String phrase = known.getReasonPhrase();
        return new Text(phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), phrase, phrase + ".");
    }
}
