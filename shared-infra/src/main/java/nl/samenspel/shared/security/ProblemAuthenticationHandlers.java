package nl.samenspel.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.shared.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem+json. The detail never echoes the token or why it failed beyond a
 * category: a caller probing tokens learns nothing it did not send.
 */
public final class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;

    public ProblemAuthenticationHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean tokenSent = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(request, response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Authentication required",
                tokenSent ? "The bearer token is invalid, expired or not issued for Samenspel."
                        : "Send a bearer token issued by the Samenspel realm."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, forbidden());
    }

    public static org.springframework.http.ProblemDetail forbidden() {
        return ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this operation.");
    }
}
