package nl.samenspel.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} names no concrete media type ({@code application/*}, {@code *}/{@code *},
 * or text that is no media type at all) with 415 before Spring MVC reads it: Spring asserts that a request's content
 * type is concrete while it wraps the request, so such a header would otherwise end as an unexpected exception, a 500.
 * A charset other than UTF-8 is refused too: JSON between systems is UTF-8 (RFC 8259), and Jackson would otherwise
 * guess the encoding of a body whose label says something else.
 */
public class ConcreteContentTypeFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    public ConcreteContentTypeFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            problems.write(request, response, StatusProblems.of(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype()
                    && (type.getParameter("charset") == null || StandardCharsets.UTF_8.equals(type.getCharset()));
        } catch (InvalidMediaTypeException | UnsupportedCharsetException | IllegalCharsetNameException notAMediaType) {
            return false;
        }
    }
}
