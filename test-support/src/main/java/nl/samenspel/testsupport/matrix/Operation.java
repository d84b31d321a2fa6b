package nl.samenspel.testsupport.matrix;

/** One operation of a service's API as its committed OpenAPI description lists it: a method and a path template. */
public record Operation(String method, String path) implements Comparable<Operation> {

    public Operation {
        method = method.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public int compareTo(Operation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
