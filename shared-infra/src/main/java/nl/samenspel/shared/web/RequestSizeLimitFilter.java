package nl.samenspel.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a fixed size before anything parses them: no Samenspel command
 * needs more, and an unbounded body is a cheap way to exhaust a service's memory.
 *
 * <p>A declared {@code Content-Length} is checked up front. A chunked body declares no length, so the body is
 * counted as it is read and reading stops with {@link RequestBodyTooLargeException} at the first byte past the
 * limit; whoever was parsing it then answers 413 (through {@link ProblemDetailsAdvice}, or here if the exception
 * escapes). Tomcat's {@code maxPostSize} and {@code maxSwallowSize} do not cover that: the first applies to form
 * posts only, the second to what is left unread after the response.
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
            problems.write(request, response, tooLarge(maxBytes));
            return;
        }
        try {
            chain.doFilter(new SizeLimitedRequest(request, maxBytes), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (tooLargeBodyBehind(e) == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            problems.write(request, response, tooLarge(maxBytes));
        }
    }

    static ProblemDetail tooLarge(long maxBytes) {
        return ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                "Request bodies are limited to " + maxBytes + " bytes.");
    }

    /** The body-too-large exception behind a failure (parsers and Spring MVC wrap it), or null. */
    static RequestBodyTooLargeException tooLargeBodyBehind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** Reading a body went past the limit; nothing beyond it was read. */
    public static final class RequestBodyTooLargeException extends IOException {

        private final long maxBytes;

        RequestBodyTooLargeException(long maxBytes) {
            super("Request body above " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class SizeLimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;
        private BufferedReader reader;

        SizeLimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called for this request");
            }
            if (stream == null) {
                stream = new CountingInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                if (stream != null) {
                    throw new IllegalStateException("getInputStream() has already been called for this request");
                }
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(
                        new CountingInputStream(super.getInputStream(), maxBytes), charset));
            }
            return reader;
        }
    }

    private static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        CountingInputStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            refuseIfPastLimit();
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseIfPastLimit();
            // Never asks for more than one byte past the limit, so no more than that is ever taken in.
            int n = body.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void refuseIfPastLimit() throws RequestBodyTooLargeException {
            if (read > maxBytes) {
                throw new RequestBodyTooLargeException(maxBytes);
            }
        }

        private void count(int n) throws RequestBodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new RequestBodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
