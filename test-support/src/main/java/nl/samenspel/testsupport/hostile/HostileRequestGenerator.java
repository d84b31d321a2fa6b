package nl.samenspel.testsupport.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.samenspel.testsupport.hostile.HostileRequest.Body;
import nl.samenspel.testsupport.hostile.OpenApiContract.Operation;
import nl.samenspel.testsupport.hostile.OpenApiContract.Parameter;

/**
 * Makes hostile requests from a service's committed OpenAPI description: each starts as a valid request (real ids
 * from the {@link IdPool}, a real token) and then gets one or two mutations. A mutation that breaks the contract
 * (wrong type, missing or unknown field, unknown enum value, broken pattern or length, far date, malformed or
 * oversized body, wrong content type or method, refused credential) makes the request one the service must refuse;
 * hostile values the contract allows (free text with control characters or injection strings, another
 * organisation's ids, odd headers) make an edge request, which may succeed.
 *
 * <p>Request {@code i} depends only on the seed and {@code i}, so a seed replays the same requests.
 */
public final class HostileRequestGenerator {

    private static final Pattern WELL_FORMED_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** The services' body limit ({@code SamenspelWebAutoConfiguration.MAX_REQUEST_BYTES}). */
    public static final long MAX_BODY_BYTES = 256 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String MARKER = "@@raw-";
    private static final List<String> STATE_CHANGING = List.of("POST", "PUT", "DELETE", "PATCH");

    private final OpenApiContract contract;
    private final SchemaValues values;
    private final IdPool ids;
    private final List<Credential> credentials;
    private final List<Credential> refused;
    private final long seed;

    public HostileRequestGenerator(OpenApiContract contract, IdPool ids, List<Credential> credentials,
            List<Credential> refused, long seed) {
        if (credentials.isEmpty() || refused.isEmpty() || contract.operations().isEmpty()) {
            throw new IllegalArgumentException("needs operations, credentials and refused credentials");
        }
        this.contract = contract;
        this.values = new SchemaValues(contract, ids);
        this.ids = ids;
        this.credentials = List.copyOf(credentials);
        this.refused = List.copyOf(refused);
        this.seed = seed;
    }

    public List<HostileRequest> generate(int count) {
        return IntStream.range(0, count).mapToObj(this::request).toList();
    }

    public HostileRequest request(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Operation operation = contract.operations().get(random.nextInt(contract.operations().size()));
        Draft draft = new Draft(index, operation, random);
        draft.mutate();
        if (random.nextInt(4) == 0) {
            draft.mutate();
        }
        return draft.build();
    }

    /** One request while it is being made. */
    private final class Draft {

        private final int index;
        private final Operation operation;
        private final Random random;
        private String method;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, String> rawPathValues = new LinkedHashMap<>();
        private String rawSuffix = "";
        private final List<String[]> query = new ArrayList<>();
        private String rawQuery = "";
        private final List<String[]> headers = new ArrayList<>();
        private JsonNode body;
        private final Map<String, byte[]> rawValues = new LinkedHashMap<>();
        private Body rawBody;
        private String contentType;
        private boolean chunked;
        private Credential credential;
        private final List<String> mutations = new ArrayList<>();
        private final List<String> taints = new ArrayList<>();
        private final Set<String> owners = new LinkedHashSet<>();
        private boolean refusable;
        private boolean bodyOversize;
        /** Slots already mutated: a second mutation of one could undo the first, which made the request refusable. */
        private final Set<String> slotsTaken = new LinkedHashSet<>();

        Draft(int index, Operation operation, Random random) {
            this.index = index;
            this.operation = operation;
            this.random = random;
            this.method = operation.method();
            if (random.nextInt(8) == 0) {
                credential = pick(refused);
                mutations.add("credential:" + credential.label());
                refusable = true;
            } else {
                credential = pick(credentials);
            }
            for (Parameter parameter : operation.parameters("path")) {
                pathValues.put(parameter.name(), validText(parameter.schema(), parameter.name()));
            }
            for (Parameter parameter : operation.parameters("query")) {
                if (parameter.required() || random.nextBoolean()) {
                    query.add(new String[] {parameter.name(), validText(parameter.schema(), parameter.name())});
                }
            }
            if (operation.hasBody()) {
                body = values.valid(operation.bodySchema(), null, random, owners, 0);
                contentType = operation.mediaType() == null || operation.mediaType().contains("*")
                        ? "application/json" : operation.mediaType();
            }
        }

        private String validText(JsonNode schema, String name) {
            JsonNode value = values.valid(schema, name, random, owners, 0);
            return value.isTextual() ? value.asText() : value.toString();
        }

        /** Applies one mutation, mostly one that breaks the contract. */
        void mutate() {
            boolean breakContract = random.nextInt(4) > 0;
            for (int attempt = 0; attempt < 12; attempt++) {
                if (breakContract ? contractBreaking() : edge()) {
                    return;
                }
            }
            // Nothing applied (an operation without body or parameters): fall back to the method or credential.
            if (!wrongMethod()) {
                refusedCredential();
            }
        }

        private boolean contractBreaking() {
            switch (random.nextInt(17)) {
                case 0: return bodyWrongType();
                case 1: return bodyMissingRequired();
                case 2: return bodyUnknownField();
                case 3: return bodyUnknownEnum();
                case 4: return bodyBrokenText();
                case 5: return bodyTooLong();
                case 6: return bodyFarDate();
                case 7: return bodyBadNumber();
                case 8: return bodyMalformed();
                case 9: return bodyOversize();
                case 10: return wrongContentType();
                case 11: return wrongMethod();
                case 12: return hostilePathValue(true);
                case 13: return rawPathSegment();
                case 14: return queryBroken();
                case 15: return random.nextInt(3) == 0 ? hugeQuery() : bodyWrongType();
                default: return random.nextInt(3) == 0 && refusedCredential();
            }
        }

        private boolean edge() {
            switch (random.nextInt(8)) {
                case 0: case 1: return bodyEdgeText();
                case 2: return hostilePathValue(false);
                case 3: return queryEdge();
                case 4: return hostileHeader();
                case 5: return chunkedValidBody();
                case 6: return duplicateKey();
                default: return foreignOrUnknownId();
            }
        }

        // ---- body mutations -------------------------------------------------------------------------------

        private boolean bodyWrongType() {
            Slot slot = slot(s -> true);
            if (slot == null) {
                return false;
            }
            List<JsonNode> candidates = new ArrayList<>(List.of(NODES.numberNode(42), NODES.numberNode(4.5),
                    NODES.booleanNode(true), NODES.textNode("tekst"), NODES.arrayNode(),
                    NODES.objectNode().put("nested", 1), NODES.arrayNode().add(slot.get())));
            if (slot.required) {
                candidates.add(NODES.nullNode());
            }
            candidates.removeIf(c -> !values.violates(slot.schema, c));
            if (candidates.isEmpty()) {
                return false;
            }
            slot.set(pick(candidates));
            return broke("body:wrong-type:" + slot.path);
        }

        private boolean bodyMissingRequired() {
            Slot slot = slot(s -> s.required && s.field != null);
            if (slot == null) {
                return false;
            }
            slot.remove();
            return broke("body:missing:" + slot.path);
        }

        private boolean bodyUnknownField() {
            Slot slot = slot(s -> s.get().isObject() && !contract.resolve(s.schema).has("additionalProperties"));
            ObjectNode target = slot != null ? (ObjectNode) slot.get() : body instanceof ObjectNode root
                    && !contract.resolve(operation.bodySchema()).has("additionalProperties") ? root : null;
            if (target == null) {
                return false;
            }
            String name;
            if (random.nextInt(5) == 0) {
                name = hostile();
                taint(name);
            } else {
                name = pick(HostileStrings.UNKNOWN_FIELDS);
            }
            if (target.has(name)) {
                return false;
            }
            String value = hostile();
            target.put(name, value);
            taint(value);
            return broke("body:unknown-field" + (slot == null ? "" : ":" + slot.path));
        }

        private boolean bodyUnknownEnum() {
            Slot slot = slot(s -> contract.resolve(s.schema).has("enum"));
            if (slot == null) {
                return false;
            }
            String value = random.nextInt(3) == 0
                    ? contract.resolve(slot.schema).get("enum").get(0).asText().toLowerCase()
                    : pick(HostileStrings.UNKNOWN_ENUM_VALUES);
            slot.set(NODES.textNode(value));
            if (!values.violates(slot.schema, slot.get())) {
                return false;
            }
            taint(value);
            return broke("body:unknown-enum:" + slot.path);
        }

        /** A hostile string in a field whose pattern, format or length it breaks. */
        private boolean bodyBrokenText() {
            Slot slot = slot(s -> SchemaValues.mainType(contract.resolve(s.schema)).equals("string")
                    && !contract.resolve(s.schema).has("enum"));
            if (slot == null) {
                return false;
            }
            for (int attempt = 0; attempt < 6; attempt++) {
                String value = hostile();
                if (values.violatesText(contract.resolve(slot.schema), value)) {
                    slot.set(NODES.textNode(value));
                    taint(value);
                    return broke("body:broken-text:" + slot.path);
                }
            }
            return false;
        }

        private boolean bodyTooLong() {
            Slot slot = slot(s -> {
                JsonNode schema = contract.resolve(s.schema);
                return schema.has("maxLength") || schema.has("maxItems") || schema.path("minItems").asInt(0) > 0
                        || schema.path("minLength").asInt(0) > 0;
            });
            if (slot == null) {
                return false;
            }
            JsonNode schema = contract.resolve(slot.schema);
            if (schema.has("maxLength")) {
                int max = schema.get("maxLength").asInt();
                int length = random.nextInt(4) == 0 ? 200_000 : max + 1 + random.nextInt(30);
                String unit = hostile();
                StringBuilder text = new StringBuilder();
                while (text.codePointCount(0, text.length()) < length) {
                    text.append(unit.isEmpty() ? "x" : unit);
                }
                String value = text.toString();
                slot.set(NODES.textNode(value));
                taint(value.substring(0, Math.min(64, value.length())));
                return broke("body:too-long(" + length + "):" + slot.path);
            }
            if (schema.has("maxItems") && slot.get().isArray()) {
                ArrayNode array = NODES.arrayNode();
                int size = schema.get("maxItems").asInt() + 1 + random.nextInt(2000);
                for (int i = 0; i < size; i++) {
                    array.add(values.valid(schema.path("items"), null, random, owners, 3));
                }
                slot.set(array);
                return broke("body:too-many-items(" + size + "):" + slot.path);
            }
            if (schema.path("minItems").asInt(0) > 0) {
                slot.set(NODES.arrayNode());
                return broke("body:too-few-items:" + slot.path);
            }
            if (schema.path("minLength").asInt(0) > 0) {
                slot.set(NODES.textNode(""));
                return broke("body:too-short:" + slot.path);
            }
            return false;
        }

        private boolean bodyFarDate() {
            Slot slot = slot(s -> List.of("date", "date-time").contains(contract.resolve(s.schema).path("format")
                    .asText()));
            if (slot == null) {
                return false;
            }
            boolean date = contract.resolve(slot.schema).path("format").asText().equals("date");
            String value = pick(date ? HostileStrings.FAR_DATES : HostileStrings.FAR_DATE_TIMES);
            slot.set(NODES.textNode(value));
            if (!values.violates(slot.schema, slot.get())) {
                return false;
            }
            taint(value);
            return broke("body:far-date(" + value + "):" + slot.path);
        }

        private boolean bodyBadNumber() {
            Slot slot = slot(s -> List.of("integer", "number").contains(SchemaValues.mainType(
                    contract.resolve(s.schema))));
            if (slot == null) {
                return false;
            }
            JsonNode schema = contract.resolve(slot.schema);
            List<String> literals = new ArrayList<>(HostileStrings.BAD_NUMBERS);
            if (schema.has("minimum")) {
                literals.add(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString());
            }
            if (schema.has("maximum")) {
                literals.add(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString());
            }
            literals.removeIf(l -> !values.violatesNumberLiteral(slot.schema, l));
            if (literals.isEmpty()) {
                return false;
            }
            String literal = pick(literals);
            raw(slot, literal.getBytes(StandardCharsets.US_ASCII));
            return broke("body:bad-number(" + literal + "):" + slot.path);
        }

        private boolean bodyMalformed() {
            if (!operation.hasBody() || body == null) {
                return false;
            }
            String json = serialize(body);
            Slot slot = slot(s -> true);
            switch (random.nextInt(14)) {
                case 0:
                    rawBody = Body.of(json.substring(0, 1 + random.nextInt(Math.max(1, json.length() - 1))));
                    return broke("body:truncated");
                case 1:
                    rawBody = Body.of(json.replace('"', '\''));
                    return broke("body:single-quotes");
                case 2:
                    rawBody = Body.of("/* comment */" + json);
                    return broke("body:comment");
                case 3:
                    rawBody = Body.of(pick(List.of("", "null", "[]", "\"tekst\"", "42", "true", "{", "}", "[{}]",
                            "\u0000")));
                    return broke("body:not-an-object");
                case 4:
                    if (slot == null) {
                        return false;
                    }
                    int depth = 2_000 + random.nextInt(20_000);
                    raw(slot, ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII));
                    return broke("body:nested(" + depth + "):" + slot.path);
                case 5:
                    if (slot == null) {
                        return false;
                    }
                    int objects = 2_000 + random.nextInt(10_000);
                    raw(slot, ("{\"a\":".repeat(objects) + "1" + "}".repeat(objects))
                            .getBytes(StandardCharsets.US_ASCII));
                    return broke("body:nested-objects(" + objects + "):" + slot.path);
                case 6:
                    if (slot == null) {
                        return false;
                    }
                    int digits = 1_001 + random.nextInt(100_000);
                    raw(slot, ("9".repeat(digits) + (random.nextBoolean() ? "" : ".5e99999"))
                            .getBytes(StandardCharsets.US_ASCII));
                    return broke("body:huge-number(" + digits + "):" + slot.path);
                case 7:
                    if (slot == null) {
                        return false;
                    }
                    raw(slot, pick(List.of("NaN", "Infinity", "-Infinity", "undefined", "01", "+1", ".5", "0x10",
                            "1.", "tru", "nul")).getBytes(StandardCharsets.US_ASCII));
                    return broke("body:bad-literal:" + slot.path);
                case 8:
                    if (slot == null) {
                        return false;
                    }
                    byte[][] invalid = {{(byte) 0xc3, 0x28}, {(byte) 0xff}, {(byte) 0xc0, (byte) 0xaf},
                        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                        {(byte) 0xe2, (byte) 0x82}};
                    byte[] bad = invalid[random.nextInt(invalid.length)];
                    ByteArrayOutputStream text = new ByteArrayOutputStream();
                    text.writeBytes("\"ab".getBytes(StandardCharsets.US_ASCII));
                    text.writeBytes(bad);
                    text.writeBytes("cd\"".getBytes(StandardCharsets.US_ASCII));
                    raw(slot, text.toByteArray());
                    return broke("body:invalid-utf8:" + slot.path);
                case 9:
                    rawBody = Body.of(json + pick(List.of(" }", ",{}", " garbage", "]", "\u0000", "{}")));
                    return broke("body:trailing-content");
                case 10:
                    rawBody = Body.of("<?xml version=\"1.0\"?><request><name>x</name></request>");
                    return broke("body:xml");
                case 11:
                    rawBody = Body.of(json.getBytes(StandardCharsets.UTF_16));
                    return broke("body:utf-16");
                case 12:
                    if (slot == null) {
                        return false;
                    }
                    raw(slot, "\"unterminated".getBytes(StandardCharsets.US_ASCII));
                    return broke("body:unterminated-string:" + slot.path);
                default:
                    if (slot == null) {
                        return false;
                    }
                    raw(slot, "\"bad \\x escape \\u12\"".getBytes(StandardCharsets.US_ASCII));
                    return broke("body:bad-escape:" + slot.path);
            }
        }

        /** A body above the limit, with a valid credential and method, so only the limit can refuse it. */
        private boolean bodyOversize() {
            if (!operation.hasBody() || body == null || !credential.valid() || !method.equals(operation.method())
                    || rawBody != null || bodyOversize) {
                return false;
            }
            // Just past the limit is enough to show it holds; megabytes more only cost the run its time.
            long size = MAX_BODY_BYTES + 1 + random.nextInt(64 * 1024);
            Slot slot = slot(s -> SchemaValues.mainType(contract.resolve(s.schema)).equals("string"));
            String marker = MARKER + "oversize";
            if (slot == null) {
                // No text to stretch: whitespace before the closing brace is valid JSON the parser reads through,
                // where a made-up field would be refused as unknown before the limit is reached.
                byte[] whole = substitute(serialize(body).getBytes(StandardCharsets.UTF_8));
                if (whole.length < 2 || whole[whole.length - 1] != '}' && whole[whole.length - 1] != ']') {
                    return false;
                }
                byte[] head = java.util.Arrays.copyOfRange(whole, 0, whole.length - 1);
                byte[] tail = java.util.Arrays.copyOfRange(whole, whole.length - 1, whole.length);
                byte[] filler = "                ".getBytes(StandardCharsets.US_ASCII);
                rawBody = new Body(head, filler, (int) (size / filler.length) + 1, tail);
                chunked = random.nextBoolean();
                bodyOversize = true;
                return broke("body:oversize(" + rawBody.length() + (chunked ? ",chunked" : "") + ")");
            }
            slot.set(NODES.textNode(marker));
            byte[] whole = substitute(serialize(body).getBytes(StandardCharsets.UTF_8));
            byte[] quoted = ("\"" + marker + "\"").getBytes(StandardCharsets.US_ASCII);
            int at = indexOf(whole, quoted);
            byte[] head = java.util.Arrays.copyOfRange(whole, 0, at + 1);
            byte[] tail = java.util.Arrays.copyOfRange(whole, at + quoted.length - 1, whole.length);
            byte[] filler = "hostile-filler ".getBytes(StandardCharsets.US_ASCII);
            rawBody = new Body(head, filler, (int) (size / filler.length) + 1, tail);
            chunked = random.nextBoolean();
            bodyOversize = true;
            taint("hostile-filler hostile-filler hostile-filler");
            return broke("body:oversize(" + rawBody.length() + (chunked ? ",chunked" : "") + ")");
        }

        private boolean wrongContentType() {
            if (!operation.hasBody()) {
                return false;
            }
            if (random.nextInt(5) == 0) {
                contentType = null;
                return broke("content-type:none");
            }
            contentType = pick(HostileStrings.WRONG_CONTENT_TYPES);
            return broke("content-type:" + Body.escape(contentType));
        }

        // ---- request-level mutations ----------------------------------------------------------------------

        private boolean wrongMethod() {
            Set<String> declared = contract.methodsMatching(path(Map.of()));
            List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE"));
            others.removeAll(declared);
            if (others.isEmpty()) {
                return false;
            }
            method = pick(others);
            return broke("method:" + method);
        }

        private boolean refusedCredential() {
            if (!credential.valid()) {
                return false;
            }
            credential = pick(refused);
            return broke("credential:" + credential.label());
        }

        private boolean hostilePathValue(boolean mustBreak) {
            List<Parameter> parameters = operation.parameters("path");
            if (parameters.isEmpty()) {
                return false;
            }
            Parameter parameter = pick(parameters);
            String value = random.nextInt(10) == 0 ? pick(HostileStrings.FAR_DATES) : hostile();
            if (random.nextInt(20) == 0) {
                value = value.repeat(Math.max(1, 3_000 / Math.max(1, value.length())));
            }
            // A well-formed id in the path of a PUT names the object to create: it may well be accepted.
            boolean breaks = values.violates(parameter.schema(), NODES.textNode(value))
                    || STATE_CHANGING.contains(method)
                    && !(method.equals("PUT") && WELL_FORMED_ID.matcher(value).matches());
            if (breaks != mustBreak || value.isBlank()) {
                return false;
            }
            pathValues.put(parameter.name(), value);
            taint(value);
            return mutated("path:hostile:" + parameter.name(), breaks);
        }

        private boolean rawPathSegment() {
            String segment = pick(HostileStrings.RAW_SEGMENTS);
            List<Parameter> parameters = operation.parameters("path");
            if (!parameters.isEmpty() && random.nextBoolean()) {
                rawPathValues.put(pick(parameters).name(), segment);
            } else {
                rawSuffix = "/" + segment + (random.nextBoolean() ? "" : "/" + pick(HostileStrings.RAW_SEGMENTS));
            }
            return broke("path:raw:" + segment);
        }

        private boolean queryBroken() {
            List<Parameter> parameters = operation.parameters("query");
            List<Parameter> required = parameters.stream().filter(Parameter::required).toList();
            if (!required.isEmpty() && random.nextBoolean()) {
                Parameter parameter = pick(required);
                query.removeIf(q -> q[0].equals(parameter.name()));
                return broke("query:missing:" + parameter.name());
            }
            for (int attempt = 0; attempt < 4 && !parameters.isEmpty(); attempt++) {
                Parameter parameter = pick(parameters);
                String value = random.nextInt(3) == 0 ? pick(HostileStrings.FAR_DATES) : hostile();
                if (values.violates(parameter.schema(), NODES.textNode(value))) {
                    query.removeIf(q -> q[0].equals(parameter.name()));
                    query.add(new String[] {parameter.name(), value});
                    taint(value);
                    return broke("query:broken:" + parameter.name());
                }
            }
            return false;
        }

        private boolean hugeQuery() {
            String value = "x0".repeat(65_000 + random.nextInt(20_000));
            query.add(new String[] {"q", value});
            taint(value.substring(0, 64));
            return broke("query:huge(" + value.length() + ")");
        }

        private boolean queryEdge() {
            List<Parameter> parameters = operation.parameters("query");
            String value = hostile();
            if (!parameters.isEmpty() && random.nextBoolean()) {
                Parameter parameter = pick(parameters);
                if (values.violates(parameter.schema(), NODES.textNode(value))) {
                    return false;
                }
                if (random.nextBoolean()) {
                    query.removeIf(q -> q[0].equals(parameter.name()));
                }
                query.add(new String[] {parameter.name(), value});
                taint(value);
                return mutated("query:hostile:" + parameter.name(), false);
            }
            boolean plainName = random.nextBoolean();
            String name = plainName ? pick(HostileStrings.UNKNOWN_FIELDS) : hostile();
            query.add(new String[] {name, value});
            taint(value);
            if (!plainName) {
                // A plain name such as "organisation" may well appear in a problem's own words.
                taint(name);
            }
            if (random.nextInt(4) == 0) {
                rawQuery = pick(List.of("a=%", "=", "&&&", "a[b]=c", "%00=%00", "a=%zz", "a=1;b=2", "%ff%fe=1",
                        "a=%ed%a0%80"));
            }
            return mutated("query:unknown", false);
        }

        private boolean hostileHeader() {
            String[] header = pick(HostileStrings.HEADERS);
            headers.add(header);
            taint(header[1]);
            return mutated("header:" + header[0], false);
        }

        private boolean chunkedValidBody() {
            if (!operation.hasBody() || chunked) {
                return false;
            }
            chunked = true;
            return mutated("body:chunked", false);
        }

        private boolean duplicateKey() {
            if (!(body instanceof ObjectNode root) || root.isEmpty()) {
                return false;
            }
            String name = root.fieldNames().next();
            String json = serialize(body);
            String value = hostile();
            try {
                rawBody = Body.of(json.substring(0, json.length() - 1) + "," + PLAIN.writeValueAsString(name) + ":"
                        + ASCII.writeValueAsString(value) + "," + PLAIN.writeValueAsString(name) + ":"
                        + ASCII.writeValueAsString(root.get(name)) + "}");
            } catch (JsonProcessingException e) {
                return false;
            }
            taint(value);
            return mutated("body:duplicate-key:" + name, false);
        }

        /** The base request as it is, aimed at real objects (often another organisation's) or at unknown ids. */
        private boolean foreignOrUnknownId() {
            List<Parameter> parameters = operation.parameters("path");
            if (!parameters.isEmpty() && random.nextInt(3) == 0) {
                Parameter parameter = pick(parameters);
                pathValues.put(parameter.name(), random.nextBoolean() ? UUID.randomUUID().toString()
                        : "onbekend-" + Integer.toString(random.nextInt(1_000_000), 36));
                return mutated("path:unknown-id:" + parameter.name(), false);
            }
            return mutated("ids:as-generated", false);
        }

        /** A hostile string in a text field whose contract allows it. */
        private boolean bodyEdgeText() {
            Slot slot = slot(s -> SchemaValues.mainType(contract.resolve(s.schema)).equals("string")
                    && !contract.resolve(s.schema).has("enum"));
            if (slot == null) {
                return false;
            }
            for (int attempt = 0; attempt < 6; attempt++) {
                String value = hostile();
                if (!values.violatesText(contract.resolve(slot.schema), value)) {
                    slot.set(NODES.textNode(value));
                    taint(value);
                    return mutated("body:hostile-text:" + slot.path, false);
                }
            }
            return false;
        }

        // ---- helpers --------------------------------------------------------------------------------------

        private String hostile() {
            return random.nextInt(5) < 2 ? pick(HostileStrings.UNICODE) : pick(HostileStrings.INJECTION);
        }

        private boolean broke(String mutation) {
            return mutated(mutation, true);
        }

        private boolean mutated(String mutation, boolean breaksContract) {
            mutations.add(mutation);
            refusable |= breaksContract;
            return true;
        }

        private void taint(String value) {
            String trimmed = value.strip();
            // A value that is a well-formed id (20240101, org-1) may be named by a problem about the object it
            // addresses ("organisation 20240101 is not a member"); what must never come back is markup, control
            // characters, injection strings and the like.
            if (WELL_FORMED_ID.matcher(trimmed).matches()) {
                return;
            }
            if (trimmed.length() >= 6 && !taints.contains(trimmed)) {
                taints.add(trimmed);
            }
        }

        private void raw(Slot slot, byte[] bytes) {
            String marker = MARKER + rawValues.size();
            rawValues.put(marker, bytes);
            slot.set(NODES.textNode(marker));
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private Slot slot(Predicate<Slot> fits) {
            if (body == null || rawBody != null) {
                return null;
            }
            List<Slot> slots = new ArrayList<>();
            collect(body, contract.resolve(operation.bodySchema()), "", slots);
            slots.removeIf(s -> !fits.test(s) || s.get().isTextual() && s.get().asText().startsWith(MARKER)
                    || slotsTaken.stream().anyMatch(taken -> s.path.equals(taken) || s.path.startsWith(taken + ".")
                    || taken.startsWith(s.path + ".")));
            if (slots.isEmpty()) {
                return null;
            }
            Slot slot = pick(slots);
            slotsTaken.add(slot.path);
            return slot;
        }

        private void collect(JsonNode node, JsonNode schema, String path, List<Slot> slots) {
            if (node instanceof ObjectNode object && schema.has("properties")) {
                Set<String> required = values.required(schema);
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    JsonNode propertySchema = schema.path("properties").path(name);
                    if (propertySchema.isMissingNode()) {
                        continue;
                    }
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    slots.add(new Slot(object, name, -1, propertySchema, required.contains(name), childPath));
                }
                for (Slot slot : List.copyOf(slots)) {
                    if (slot.parent == object) {
                        collect(slot.get(), contract.resolve(slot.schema), slot.path, slots);
                    }
                }
            } else if (node instanceof ArrayNode array) {
                JsonNode items = contract.resolve(schema.path("items"));
                for (int i = 0; i < array.size(); i++) {
                    Slot slot = new Slot(array, null, i, items, false, path + "[" + i + "]");
                    slots.add(slot);
                    collect(array.get(i), items, slot.path, slots);
                }
            }
        }

        private String path(Map<String, String> overrides) {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                String raw = rawPathValues.get(value.getKey());
                path = path.replace("{" + value.getKey() + "}", raw != null ? raw : encode(value.getValue()));
            }
            return path + rawSuffix;
        }

        HostileRequest build() {
            StringBuilder pathAndQuery = new StringBuilder(path(Map.of()));
            String separator = "?";
            for (String[] parameter : query) {
                pathAndQuery.append(separator).append(encode(parameter[0])).append('=').append(encode(parameter[1]));
                separator = "&";
            }
            if (!rawQuery.isEmpty()) {
                pathAndQuery.append(separator).append(rawQuery);
            }
            List<String[]> allHeaders = new ArrayList<>(headers);
            Body sent = rawBody;
            if (sent == null && body != null) {
                sent = Body.of(substitute(serialize(body).getBytes(StandardCharsets.UTF_8)));
            }
            if (sent != null && contentType != null) {
                allHeaders.add(new String[] {"Content-Type", contentType});
            }
            boolean foreign = credential.organisation() != null
                    && owners.stream().anyMatch(owner -> !owner.equals(credential.organisation()));
            return new HostileRequest(index, operation, method, pathAndQuery.toString(), List.copyOf(allHeaders),
                    sent, chunked, credential, List.copyOf(mutations), refusable, List.copyOf(taints), foreign);
        }

        private byte[] substitute(byte[] json) {
            byte[] result = json;
            for (Map.Entry<String, byte[]> value : rawValues.entrySet()) {
                byte[] quoted = ("\"" + value.getKey() + "\"").getBytes(StandardCharsets.US_ASCII);
                int at = indexOf(result, quoted);
                if (at >= 0) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(result, 0, at);
                    out.writeBytes(value.getValue());
                    out.write(result, at + quoted.length, result.length - at - quoted.length);
                    result = out.toByteArray();
                }
            }
            return result;
        }

        private String serialize(JsonNode json) {
            boolean ascii = random.nextInt(3) == 0 || hasLoneSurrogate(json.toString());
            try {
                return (ascii ? ASCII : PLAIN).writeValueAsString(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A place in a body: a field of an object or an element of an array, with its schema. */
    private static final class Slot {
        final JsonNode parent;
        final String field;
        final int index;
        final JsonNode schema;
        final boolean required;
        final String path;

        Slot(JsonNode parent, String field, int index, JsonNode schema, boolean required, String path) {
            this.parent = parent;
            this.field = field;
            this.index = index;
            this.schema = schema;
            this.required = required;
            this.path = path;
        }

        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            ((ObjectNode) parent).remove(field);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return false;
    }

    /**
     * Percent-encodes all but unreserved characters as UTF-8; a lone surrogate becomes its three-byte (CESU) form,
     * which is not UTF-8, as a hostile client would send it.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {(byte) (0xe0 | c >> 12), (byte) (0x80 | c >> 6 & 0x3f), (byte) (0x80 | c & 0x3f)};
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
