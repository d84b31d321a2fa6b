package nl.samenspel.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes RFC 9457 problem documents outside Spring MVC (security filters run before it), so a
 * 401 from the filter chain looks exactly like a 400 from a controller.
 */
public final class ProblemResponses {

    public static final String TYPE_BASE = "https://samenspel.nl/problems/";

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** What the firewall refuses (an encoded {@code ..}, a NUL, control characters in a header or parameter). */
    public static ProblemDetail rejectedRequest() {
        return problem(HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected",
                "The path, a header or a parameter contains characters or sequences that are not accepted.");
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** Writes without an {@code instance}: the request path is input, and a problem body never echoes input. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
