package nl.samenspel.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a fixed size before anything parses them: no Samenspel command
 * needs more, and an unbounded body is a cheap way to exhaust a service's memory.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    public RequestSizeLimitFilter(long maxBytes, ProblemResponses problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "body-too-large", "Request body too large",
                    "Request bodies are limited to " + maxBytes + " bytes."));
            return;
        }
        chain.doFilter(request, response);
    }
}
