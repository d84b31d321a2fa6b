package nl.samenspel.testsupport.matrix;

/**
 * The concrete request a service test sends for one cell: the operation's path with the fixture's ids filled in
 * (and a query where the operation needs one), a valid body where it takes one, and the caller's token
 * ({@code null} for anonymous).
 */
public record MatrixRequest(String path, String body, String token) {

    public static MatrixRequest of(String path, String token) {
        return new MatrixRequest(path, null, token);
    }

    public static MatrixRequest of(String path, String body, String token) {
        return new MatrixRequest(path, body, token);
    }
}
