package nl.samenspel.testsupport.matrix;

import java.util.HashMap;
import java.util.Map;

/**
 * The concrete request a service test sends for one cell: the operation's path with the fixture's ids filled in
 * (and a query where the operation needs one), a valid body where it takes one, and the caller's token
 * ({@code null} for anonymous).
 */
public record MatrixRequest(String path, String body, String token, Map<String, String> headers) {

    public MatrixRequest {
        headers = Map.copyOf(headers);
    }

    public static MatrixRequest of(String path, String token) {
        return new MatrixRequest(path, null, token, Map.of());
    }

    public static MatrixRequest of(String path, String body, String token) {
        return new MatrixRequest(path, body, token, Map.of());
    }

    /** The same request with one more header, for operations that take one besides the token. */
    public MatrixRequest withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new MatrixRequest(path, body, token, more);
    }
}
