package nl.samenspel.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the contract allows: a valid value for a schema (the base every hostile request starts from), and whether a
 * value breaks a schema, so the generator knows which requests the service must refuse.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Far dates: no field of a care platform needs a date this far from today, a date of birth included. */
    private static final int YEARS_BACK = 150;
    private static final int YEARS_AHEAD = 50;

    private final OpenApiContract contract;
    private final IdPool ids;

    SchemaValues(OpenApiContract contract, IdPool ids) {
        this.contract = contract;
        this.ids = ids;
    }

    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (schema.has("properties")) {
            types.add("object");
        } else if (schema.has("enum")) {
            types.add("string");
        }
        return types;
    }

    static String mainType(JsonNode schema) {
        return types(schema).stream().filter(t -> !t.equals("null")).findFirst().orElse("any");
    }

    /** A value the contract allows; {@code foreignOwners} collects the owners of pooled ids it used. */
    JsonNode valid(JsonNode rawSchema, String name, Random random, Set<String> owners, int depth) {
        JsonNode schema = contract.resolve(rawSchema);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        switch (mainType(schema)) {
            case "object":
                return object(schema, random, owners, depth);
            case "array":
                return array(schema, name, random, owners, depth);
            case "integer":
                return NODES.numberNode(integer(schema, random));
            case "number":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5);
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "string":
                return NODES.textNode(string(schema, name, random, owners));
            default:
                return NODES.textNode("tekst");
        }
    }

    private ObjectNode object(JsonNode schema, Random random, Set<String> owners, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = required(schema);
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String property = names.next();
            if (required.contains(property) || depth < 3 && random.nextInt(3) > 0) {
                object.set(property, valid(schema.path("properties").get(property), property, random, owners,
                        depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String name, Random random, Set<String> owners, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = schema.path("maxItems").asInt(3);
        int size = Math.min(max, Math.max(min, depth < 3 ? 1 + random.nextInt(2) : min));
        JsonNode items = contract.resolve(schema.path("items"));
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < size * 3 && array.size() < size; i++) {
            JsonNode item = valid(items, singular(name), random, owners, depth + 1);
            if (seen.add(item.toString())) {
                array.add(item);
            }
        }
        return array;
    }

    private static long integer(JsonNode schema, Random random) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 1) + 5;
        return min + (max > min ? random.nextInt((int) Math.min(max - min, 5) + 1) : 0);
    }

    private String string(JsonNode schema, String name, Random random, Set<String> owners) {
        if (name != null && ids.has(name)) {
            IdPool.Owned id = ids.pick(name, random);
            if (!violates(schema, NODES.textNode(id.id()))) {
                if (id.owner() != null) {
                    owners.add(id.owner());
                }
                return id.id();
            }
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "date":
                return (name != null && name.toLowerCase().contains("birth")
                        ? LocalDate.now().minusYears(40).minusDays(random.nextInt(3000))
                        : LocalDate.now().plusDays(random.nextInt(20))).toString();
            case "date-time":
                return Instant.now().plus(random.nextInt(48), ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                        .toString();
            case "uuid":
                return UUID.randomUUID().toString();
            case "email":
                return "iemand@example.nl";
            case "uri":
                return "https://example.nl/pad";
            default:
                break;
        }
        if (schema.has("pattern")) {
            for (String candidate : candidates(random)) {
                if (!violates(schema, NODES.textNode(candidate))) {
                    return candidate;
                }
            }
        }
        if (schema.has("example") && !violates(schema, schema.get("example"))) {
            return schema.get("example").asText();
        }
        String text = "Tekst " + Integer.toString(random.nextInt(1_000_000), 36);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        while (text.length() < min) {
            text = text + "x";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static List<String> candidates(Random random) {
        return List.of("wijk-" + Integer.toString(random.nextInt(100_000), 36), UUID.randomUUID().toString(),
                "123456782", "1234 AB", "12", "GM9901", "WK990101", "BU99010101", "Tekst", "tekst", "A", "a", "1",
                "0612345678", "+31 6 12345678", "NL91ABNA0417164300", "2024", "v1");
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        contract.resolve(schema).path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** Whether the contract forbids this value for this schema (a far date counts as forbidden). */
    boolean violates(JsonNode rawSchema, JsonNode value) {
        JsonNode schema = contract.resolve(rawSchema);
        List<String> types = types(schema);
        if (value.isNull()) {
            return !types.isEmpty() && !types.contains("null");
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            return true;
        }
        String type = value.isTextual() ? "string" : value.isBoolean() ? "boolean"
                : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                : value.isArray() ? "array" : "object";
        boolean typeAllowed = types.isEmpty() || types.contains(type)
                || type.equals("integer") && types.contains("number");
        if (!typeAllowed) {
            return true;
        }
        if (type.equals("string")) {
            return violatesText(schema, value.asText());
        }
        if (type.equals("integer") || type.equals("number")) {
            return violatesNumber(schema, value.decimalValue());
        }
        return false;
    }

    /** Whether a number, written as JSON text, breaks the schema of an integer or number field. */
    boolean violatesNumberLiteral(JsonNode rawSchema, String literal) {
        JsonNode schema = contract.resolve(rawSchema);
        BigDecimal number;
        try {
            number = new BigDecimal(literal);
        } catch (NumberFormatException e) {
            return true;
        }
        if (mainType(schema).equals("integer") && number.stripTrailingZeros().scale() > 0) {
            return true;
        }
        return violatesNumber(schema, number);
    }

    private static boolean violatesNumber(JsonNode schema, BigDecimal number) {
        String format = schema.path("format").asText("");
        if (format.equals("int32") && (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0)) {
            return true;
        }
        if ((format.equals("int64") || mainType(schema).equals("integer"))
                && (number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                || number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0)) {
            return true;
        }
        if (format.equals("double") && number.abs().compareTo(new BigDecimal("1e308")) > 0) {
            return true;
        }
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            return true;
        }
        return schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0;
    }

    boolean violatesText(JsonNode schema, String text) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()
                || schema.has("minLength") && length < schema.get("minLength").asInt()) {
            return true;
        }
        if (schema.has("pattern")) {
            try {
                if (!Pattern.compile(schema.get("pattern").asText()).matcher(text).matches()) {
                    return true;
                }
            } catch (PatternSyntaxException e) {
                return false;
            }
        }
        switch (schema.path("format").asText("")) {
            case "date":
                return !isNearDate(text);
            case "date-time":
                return !isNearDateTime(text);
            case "uuid":
                return !UUID_TEXT.matcher(text).matches();
            case "email":
                return !EMAIL.matcher(text).matches();
            case "uri":
                return !text.matches("[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7e]*");
            default:
                return false;
        }
    }

    private static boolean isNearDate(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            return near(LocalDate.parse(text).getYear());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isNearDateTime(String text) {
        if (!text.matches("[0-9]{4}-.*")) {
            return false;
        }
        try {
            return near(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).getYear());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean near(int year) {
        int now = LocalDate.now().getYear();
        return year >= now - YEARS_BACK && year <= now + YEARS_AHEAD;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || candidate.asText().equals(value.asText()) && value.isTextual()) {
                return true;
            }
        }
        return false;
    }
}
