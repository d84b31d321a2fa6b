package nl.samenspel.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a bare socket, for requests a proper client refuses to send: a NUL in the path, a request line
 * of 130 kB, headers above the server's limit, a chunked body of any size. Every request asks to close the
 * connection, so a response ends at the end of the stream unless it says its length.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** Status, headers (names in lower case) and body of one response. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** What a chunked upload got back, and how much of its body the server read before answering. */
    public record Upload(Response response, long bytesSent, boolean cutOff) {
    }

    /**
     * Sends {@code method target} with the given header lines (each {@code Name: value}) and no body, as is:
     * nothing in the target is encoded or checked.
     */
    public static Response send(int port, String method, String target, String... headerLines) {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(port, method, target, headerLines).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /**
     * Streams a chunked body of {@code totalBytes} (repeating {@code chunk}) while reading the answer at the same
     * time, as an abusive client would: a server that answers early and closes the connection cuts the upload off.
     */
    public static Upload uploadChunked(int port, String method, String target, byte[] chunk, long totalBytes,
            String... headerLines) {
        return uploadChunked(port, method, target, new byte[0], chunk, totalBytes, headerLines);
    }

    /**
     * As {@link #uploadChunked(int, String, String, byte[], long, String...)}, the body starting with {@code prefix}
     * (say, the opening of a JSON object whose one text field then runs on for {@code totalBytes}).
     */
    public static Upload uploadChunked(int port, String method, String target, byte[] prefix, byte[] chunk,
            long totalBytes, String... headerLines) {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            AtomicLong sent = new AtomicLong();
            FutureTask<Boolean> writer = new FutureTask<>(() -> {
                try {
                    String[] headers = Arrays.copyOf(headerLines, headerLines.length + 1);
                    headers[headerLines.length] = "Transfer-Encoding: chunked";
                    out.write(head(port, method, target, headers).getBytes(StandardCharsets.ISO_8859_1));
                    if (prefix.length > 0) {
                        out.write((Integer.toHexString(prefix.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(prefix);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent.addAndGet(prefix.length);
                    }
                    while (sent.get() < totalBytes) {
                        int size = (int) Math.min(chunk.length, totalBytes - sent.get());
                        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk, 0, size);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent.addAndGet(size);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return false;
                } catch (IOException closedByServer) {
                    return true;
                }
            });
            // A thread of its own: with a shared pool, parallel uploads would wait for each other's writers.
            Thread writing = new Thread(writer, "raw-http-upload");
            writing.setDaemon(true);
            writing.start();
            Response response = read(socket.getInputStream());
            socket.shutdownInput();
            boolean cutOff;
            try {
                cutOff = writer.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                cutOff = true;
            }
            return new Upload(response, sent.get(), cutOff);
        } catch (IOException e) {
            throw new IllegalStateException("upload failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static String head(int port, String method, String target, String... headerLines) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: '" + statusLine + "'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-line after '" + line.toString(StandardCharsets.ISO_8859_1) + "'");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
