package nl.samenspel.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service's committed OpenAPI description ({@code <module>/openapi.yaml}, kept current by {@code OpenApiDrift}),
 * read as the contract that hostile requests break: its operations, their parameters and request body schemas,
 * with {@code $ref}s resolved on use.
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;
    private final List<Operation> operations;

    private OpenApiContract(JsonNode root) {
        this.root = root;
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    found.add(operation(path.getKey(), op.getKey().toUpperCase(), op.getValue()));
                }
            }
        }
        this.operations = List.copyOf(found);
    }

    public static OpenApiContract read(Path file) {
        try {
            return new OpenApiContract(new YAMLMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI description " + file, e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} points to (followed until it is no reference). */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The methods the description declares for any path template that this concrete path matches. */
    public Set<String> methodsMatching(String concretePath) {
        Set<String> methods = new java.util.TreeSet<>();
        for (Operation operation : operations) {
            if (operation.matches(concretePath)) {
                methods.add(operation.method());
            }
        }
        return methods;
    }

    private Operation operation(String path, String method, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
        }
        JsonNode body = resolve(op.path("requestBody"));
        JsonNode content = body.path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode bodySchema = mediaType == null ? null : resolve(content.path(mediaType).path("schema"));
        return new Operation(method, path, op.path("operationId").asText(method + " " + path), List.copyOf(parameters),
                mediaType, bodySchema, body.path("required").asBoolean(false));
    }

    /** One parameter of an operation: {@code in} is path, query or header. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation; {@code bodySchema} is null when it takes no body, {@code mediaType} is the body's declared
     * content type.
     */
    public record Operation(String method, String path, String operationId, List<Parameter> parameters,
            String mediaType, JsonNode bodySchema, boolean bodyRequired) {

        public boolean hasBody() {
            return bodySchema != null;
        }

        public boolean changesState() {
            return !method.equals("GET");
        }

        public List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean matches(String concretePath) {
            String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return concretePath.matches(regex);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
