package nl.samenspel.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Sends a request over a plain socket exactly as written, for request targets that {@link java.net.URI} refuses
 * (malformed percent escapes, brackets): a hostile client is not bound by a well-behaved client library.
 */
final class RawHttp {

    private RawHttp() {
    }

    static HostileRun.Answer send(int port, HostileRequest request, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.pathAndQuery()).append(" HTTP/1.1\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            if (request.credential().authorization() != null) {
                head.append("Authorization: ").append(request.credential().authorization()).append("\r\n");
            }
            for (String[] header : request.headers()) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static HostileRun.Answer parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP response (" + response.length + " bytes)");
        }
        List<String> lines = List.of(text.substring(0, end).split("\r\n"));
        int status = Integer.parseInt(lines.get(0).substring(9, 12));
        String contentType = "";
        boolean chunked = false;
        for (String line : lines.subList(1, lines.size())) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if (chunked) {
            body = dechunk(new java.io.ByteArrayInputStream(body));
        }
        return new HostileRun.Answer(status, contentType, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    return out.toByteArray();
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
