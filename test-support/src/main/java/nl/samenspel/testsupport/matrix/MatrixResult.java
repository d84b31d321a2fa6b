package nl.samenspel.testsupport.matrix;

import java.util.List;

/** What every cell answered, and which answers the table did not expect. */
public final class MatrixResult {

    /** One cell's answer; {@code unexpected} says how it departs from the table, null when it does not. */
    public record Observed(Expected expected, String path, int status, boolean problem, long eventsWritten,
            String unexpected) {

        boolean isUnexpected2xx() {
            return unexpected != null && !expected.permitted() && status >= 200 && status < 300;
        }
    }

    private final String service;
    private final int operations;
    private final int roles;
    private final int scopes;
    private final List<Observed> observed;

    MatrixResult(String service, int operations, int roles, int scopes, List<Observed> observed) {
        this.service = service;
        this.operations = operations;
        this.roles = roles;
        this.scopes = scopes;
        this.observed = List.copyOf(observed);
    }

    public List<Observed> observed() {
        return observed;
    }

    public List<Observed> unexpected() {
        return observed.stream().filter(o -> o.unexpected() != null).toList();
    }

    public long unexpected2xx() {
        return observed.stream().filter(Observed::isUnexpected2xx).count();
    }

    /** The matrix's size, its counts and every unexpected cell, as the test prints it. */
    public String summary() {
        long permitted = observed.stream().filter(o -> o.expected().permitted()).count();
        StringBuilder text = new StringBuilder()
                .append("authorization matrix of ").append(service).append(": ")
                .append(operations).append(" endpoints x ").append(roles).append(" roles x ").append(scopes)
                .append(" scopes = ").append(observed.size()).append(" cells; ")
                .append(permitted).append(" permitted, ").append(observed.size() - permitted).append(" refused; ")
                .append(unexpected().size()).append(" unexpected, of which ").append(unexpected2xx())
                .append(" unexpected 2xx");
        for (Observed o : observed) {
            if (o.unexpected() != null) {
                text.append("\n  UNEXPECTED ").append(AuthorizationMatrix.csv(o.expected().cell()))
                        .append(" (").append(o.expected().why()).append("): ").append(o.unexpected());
            }
        }
        for (Observed o : observed) {
            if (o.unexpected() == null && o.expected().permitted() && (o.status() < 200 || o.status() >= 300)) {
                text.append("\n  permitted, answered ").append(o.status()).append(": ")
                        .append(AuthorizationMatrix.csv(o.expected().cell()));
            }
        }
        return text.toString();
    }

    /** Prints the summary, then fails listing every unexpected cell. */
    public void assertAsExpected() {
        String summary = summary();
        System.out.println(summary);
        if (!unexpected().isEmpty()) {
            throw new AssertionError(summary);
        }
    }
}
