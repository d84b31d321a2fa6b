package nl.samenspel.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request, reproducible from the seed and its index.
 *
 * @param refusable whether it breaks the committed contract (or carries a refused credential), so the service must
 *     refuse it: a 2xx to a state-changing one is a finding
 * @param mutations what was done to an otherwise valid request, e.g. {@code body:wrong-type:client.name}
 * @param taints hostile values that no response may echo
 * @param foreign whether it aims at an object of another organisation than the credential's
 */
public record HostileRequest(int index, OpenApiContract.Operation operation, String method, String pathAndQuery,
        List<String[]> headers, Body body, boolean chunked, Credential credential, List<String> mutations,
        boolean refusable, List<String> taints, boolean foreign) {

    public boolean changesState() {
        return !List.of("GET", "HEAD", "OPTIONS").contains(method);
    }

    /** The services' limit for the request line and headers together ({@code server.max-http-request-header-size}). */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    /** Whether its head or its body is larger than a service reads at all. */
    public boolean overLimits() {
        long head = pathAndQuery.length() + (credential.authorization() == null ? 0 : credential.authorization().length())
                + headers.stream().mapToLong(h -> h[0].length() + h[1].length() + 4).sum();
        return head > MAX_HEADER_BYTES || body != null && body.length() > HostileRequestGenerator.MAX_BODY_BYTES;
    }

    /** The kind of the first mutation, e.g. {@code body:far-date} or {@code credential}, for the counts. */
    public String category() {
        if (mutations.isEmpty()) {
            return "none";
        }
        String[] parts = mutations.get(0).replaceAll("\\(.*?\\)", "").split(":");
        return List.of("credential", "content-type", "method").contains(parts[0]) || parts.length == 1 ? parts[0]
                : parts[0] + ":" + parts[1];
    }

    /** A one-line description for a finding, hostile characters escaped so the line stays readable. */
    public String describe() {
        String bodyText = body == null ? "" : " body(" + body.length() + "B" + (chunked ? ", chunked" : "") + ")="
                + Body.escape(body.preview(240));
        return "#" + index + " " + method + " " + Body.escape(abbreviate(pathAndQuery, 200)) + " as " + credential
                + " " + mutations + bodyText;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    /** A body as head, a filler repeated, and tail, so megabyte bodies are made only while they are sent. */
    public record Body(byte[] head, byte[] filler, int times, byte[] tail) {

        static Body of(byte[] bytes) {
            return new Body(bytes, new byte[0], 0, new byte[0]);
        }

        static Body of(String text) {
            return of(text.getBytes(StandardCharsets.UTF_8));
        }

        public long length() {
            return head.length + (long) filler.length * times + tail.length;
        }

        String preview(int max) {
            byte[] start = head.length >= max || times == 0 ? head : concat(head, filler);
            String text = new String(start, 0, Math.min(max, start.length), StandardCharsets.UTF_8);
            return length() > max ? text + "…" : text;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = new byte[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.SURROGATE || c > 0xffff) {
                    out.append(c > 0xffff ? "\\U" + Integer.toHexString(c) : String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }
}
