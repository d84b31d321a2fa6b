package nl.samenspel.testsupport.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed expected-outcome table: CSV with the header {@code method,path,role,scope,expected,why}, one row per
 * cell, sorted by path, method, role and scope (own before other) so that a reader finds a cell where they look for
 * it. {@code expected} is {@code permitted} or {@code refused}; {@code why} is free text and may hold commas.
 */
final class MatrixTable {

    static final String HEADER = "method,path,role,scope,expected,why";

    private MatrixTable() {
    }

    static List<Expected> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expected-outcome table " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException(file + " must start with the header " + HEADER);
        }
        List<Expected> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                rows.add(row(file, i + 1, line));
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).cell().compareTo(rows.get(i).cell()) >= 0) {
                throw new IllegalArgumentException(file + ": rows must be sorted by path, method, role and scope, "
                        + "each cell once; out of order or twice: " + rows.get(i).cell());
            }
        }
        return rows;
    }

    private static Expected row(Path file, int lineNumber, String line) {
        String[] fields = line.split(",", 6);
        if (fields.length != 6) {
            throw new IllegalArgumentException(file + ":" + lineNumber + " needs six fields (" + HEADER + ")");
        }
        String why = fields[5].strip();
        if (why.length() >= 2 && why.startsWith("\"") && why.endsWith("\"")) {
            why = why.substring(1, why.length() - 1).replace("\"\"", "\"");
        }
        if (why.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + lineNumber + " says nothing in 'why'");
        }
        boolean permitted = switch (fields[4].strip()) {
            case "permitted" -> true;
            case "refused" -> false;
            default -> throw new IllegalArgumentException(
                    file + ":" + lineNumber + ": expected must be permitted or refused, not '" + fields[4] + "'");
        };
        Scope scope;
        try {
            scope = Scope.of(fields[3].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
        return new Expected(new Cell(new Operation(fields[0].strip(), fields[1].strip()), fields[2].strip(), scope),
                permitted, why);
    }
}
