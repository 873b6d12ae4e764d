package org.wangge.kernel.io.snapshot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * Generates, from the record components of the model, the JSON Schema of format
 * {@code wangge-snapshot/1} and the field tables of {@code docs/snapshot-format.md}. Descriptions
 * come from the records' {@code @param} Javadoc in kernel-model's sources.
 */
final class SchemaGenerator {

    static final String SCHEMA_ID = "urn:wangge:schema:wangge-snapshot-1";

    private final Path modelSources;
    private final Map<Class<?>, Map<String, String>> docs = new HashMap<>();

    /** @param modelSources kernel-model's {@code src/main/java} */
    SchemaGenerator(Path modelSources) {
        this.modelSources = modelSources;
    }

    // ------------------------------------------------------------------------------- JSON Schema

    /** @return the JSON Schema (draft 2020-12) of the format, as JSON text ending in a newline */
    String schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", SCHEMA_ID);
        schema.put("title", "Wangge city snapshot, format " + SnapshotFormat.FORMAT);
        schema.put("description", "One jurisdiction's facts as of one day, as read by "
                + "org.wangge.kernel.io.snapshot.SnapshotFiles. Generated from the model's records by "
                + "SchemaGenerator (kernel-io tests); see docs/snapshot-format.md.");
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SnapshotFormat.FORMAT_KEY, map("const", SnapshotFormat.FORMAT));
        Map<String, Object> defs = new LinkedHashMap<>();
        Map<String, Object> top = recordSchema(CitySnapshot.class, defs);
        @SuppressWarnings("unchecked")
        Map<String, Object> topProperties = (Map<String, Object>) top.get("properties");
        properties.putAll(topProperties);
        schema.put("properties", properties);
        List<String> required = new ArrayList<>();
        required.add(SnapshotFormat.FORMAT_KEY);
        @SuppressWarnings("unchecked")
        List<String> topRequired = (List<String>) top.getOrDefault("required", List.of());
        required.addAll(topRequired);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        Map<String, Object> sortedDefs = new LinkedHashMap<>();
        defs.keySet().stream().sorted().forEach(k -> sortedDefs.put(k, defs.get(k)));
        schema.put("$defs", sortedDefs);
        return Json.write(schema) + "\n";
    }

    private Map<String, Object> recordSchema(Class<?> type, Map<String, Object> defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            FieldType ft = FieldType.of(rc.getGenericType());
            Map<String, Object> property = new LinkedHashMap<>();
            String description = describe(type, rc.getName());
            if (!description.isEmpty()) {
                property.put("description", description);
            }
            property.putAll(typeSchema(ft, rc, defs));
            boolean isRequired = required(rc);
            if (isRequired) {
                required.add(rc.getName());
            } else if (ft.kind != FieldType.Kind.LIST && ft.kind != FieldType.Kind.SET) {
                property = nullable(property);
            }
            properties.put(rc.getName(), property);
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Optional fields may be written as null: wraps the type so that null is allowed too. */
    private static Map<String, Object> nullable(Map<String, Object> property) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (property.containsKey("description")) {
            out.put("description", property.get("description"));
        }
        Object type = property.get("type");
        if (type instanceof String t && !property.containsKey("$ref") && !property.containsKey("enum")) {
            out.putAll(property);
            out.put("type", List.of(t, "null"));
            return out;
        }
        Map<String, Object> inner = new LinkedHashMap<>(property);
        inner.remove("description");
        out.put("anyOf", List.of(inner, map("type", "null")));
        return out;
    }

    private Map<String, Object> typeSchema(FieldType ft, RecordComponent rc, Map<String, Object> defs) {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (ft.kind) {
            case TEXT -> {
                s.put("type", "string");
                if (rc != null && has(rc, NotBlank.class)) {
                    s.put("minLength", 1);
                }
            }
            case WHOLE_NUMBER -> {
                s.put("type", "integer");
                if (rc != null) {
                    Long min = minimum(rc);
                    if (min != null) {
                        s.put("minimum", min);
                    }
                    Max max = annotation(rc, Max.class);
                    if (max != null) {
                        s.put("maximum", max.value());
                    }
                }
            }
            case BOOLEAN -> {
                s.put("type", "boolean");
                s.put("default", false);
            }
            case DECIMAL -> s.put("$ref", "#/$defs/decimal");
            case DATE -> s.put("$ref", "#/$defs/date");
            case DATE_TIME -> s.put("$ref", "#/$defs/dateTime");
            case ENUM -> {
                String name = defName(ft.raw);
                if (!defs.containsKey(name)) {
                    defs.put(name, map("type", "string", "enum", Arrays.stream(ft.raw.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name()).collect(Collectors.toList())));
                }
                s.put("$ref", "#/$defs/" + name);
            }
            case VALUE -> {
                String name = ft.raw.getSimpleName();
                if (!defs.containsKey(name)) {
                    defs.put(name, map("type", "string", "minLength", 1, "description", ft.raw.getSimpleName()
                            + ", read by " + ft.raw.getSimpleName() + ".of(String)"
                            + (ft.personal() ? "; personal information: raw in the file, masked in every report" : "")));
                }
                s.put("$ref", "#/$defs/" + name);
            }
            case RECORD -> {
                String name = ft.raw.getSimpleName();
                if (!defs.containsKey(name)) {
                    defs.put(name, Map.of()); // placeholder against recursion
                    defs.put(name, recordSchema(ft.raw, defs));
                }
                s.put("$ref", "#/$defs/" + name);
            }
            case LIST, SET -> {
                s.put("type", "array");
                s.put("items", typeSchema(ft.element, null, defs));
                if (ft.kind == FieldType.Kind.SET) {
                    s.put("uniqueItems", true);
                }
                if (rc != null && has(rc, NotEmpty.class)) {
                    s.put("minItems", 1);
                }
            }
            default -> throw new IllegalStateException(ft.kind.name());
        }
        if (!defs.containsKey("date")) {
            defs.put("date", map("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "description", "an ISO date, e.g. 2025-06-30"));
            defs.put("dateTime", map("type", "string",
                    "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$",
                    "description", "an ISO local date and time in Beijing time, e.g. 2025-06-02T09:00"));
            defs.put("decimal", map("type", List.of("number", "string"),
                    "pattern", "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$",
                    "description", "a decimal amount, as a number or as a string (the string keeps trailing zeros)"));
        }
        return s;
    }

    private static String defName(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
    }

    /** Required: annotated @NotNull, @NotBlank or @NotEmpty, or a whole-number primitive. */
    static boolean required(RecordComponent rc) {
        FieldType ft = FieldType.of(rc.getGenericType());
        return has(rc, NotNull.class) || has(rc, NotBlank.class) || has(rc, NotEmpty.class)
                || (ft.kind == FieldType.Kind.WHOLE_NUMBER && ft.primitive());
    }

    private static Long minimum(RecordComponent rc) {
        if (has(rc, Positive.class)) {
            return 1L;
        }
        Min min = annotation(rc, Min.class);
        if (min != null) {
            return min.value();
        }
        return has(rc, PositiveOrZero.class) ? 0L : null;
    }

    private static boolean has(RecordComponent rc, Class<? extends Annotation> a) {
        return annotation(rc, a) != null;
    }

    private static <A extends Annotation> A annotation(RecordComponent rc, Class<A> a) {
        A found = rc.getAccessor().getAnnotation(a);
        return found != null ? found : rc.getAnnotatedType().getAnnotation(a);
    }

    /** @return a map keeping the order of its keys (Map.of has none, and the schema must not change between runs) */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    // ------------------------------------------------------------------------------- docs tables

    /** @return the Markdown field tables of every list and nested record, in component order */
    String fieldTables() {
        StringBuilder out = new StringBuilder();
        Set<Class<?>> nested = new LinkedHashSet<>();
        out.append("| key | elements | identified by |\n|---|---|---|\n");
        for (var e : SnapshotFormat.LISTS.entrySet()) {
            out.append("| [`").append(e.getKey()).append("`](#").append(e.getKey().toLowerCase()).append(") | `")
                    .append(e.getValue().getSimpleName()).append("` | `")
                    .append(SnapshotFormat.identityKey(e.getValue())).append("` |\n");
        }
        for (var e : SnapshotFormat.LISTS.entrySet()) {
            Class<?> type = e.getValue();
            out.append("\n### `").append(e.getKey()).append("`\n\n");
            out.append("Elements: `").append(type.getName().replace("org.wangge.kernel.model.", "")).append("`; ")
                    .append("identified by `").append(SnapshotFormat.identityKey(type)).append("`.\n\n");
            table(type, out, nested);
        }
        List<Class<?>> done = new ArrayList<>();
        while (done.size() < nested.size()) {
            for (Class<?> type : new ArrayList<>(nested)) {
                if (!done.contains(type)) {
                    done.add(type);
                    out.append("\n### `").append(type.getSimpleName()).append("`\n\n");
                    out.append("Nested record `").append(type.getName().replace("org.wangge.kernel.model.", ""))
                            .append("`, written as a mapping inside its parent.\n\n");
                    table(type, out, nested);
                }
            }
        }
        return out.toString();
    }

    private void table(Class<?> type, StringBuilder out, Set<Class<?>> nested) {
        out.append("| field | type | required | meaning |\n|---|---|---|---|\n");
        for (RecordComponent rc : type.getRecordComponents()) {
            FieldType ft = FieldType.of(rc.getGenericType());
            out.append("| `").append(rc.getName()).append("` | ").append(typeWords(ft, rc, nested)).append(" | ")
                    .append(required(rc) ? "yes" : "").append(" | ").append(describe(type, rc.getName()).replace("|", "\\|"))
                    .append(" |\n");
        }
    }

    private static String typeWords(FieldType ft, RecordComponent rc, Set<Class<?>> nested) {
        return switch (ft.kind) {
            case TEXT -> "text";
            case WHOLE_NUMBER -> {
                String words = "whole number";
                if (rc != null) {
                    Long min = minimum(rc);
                    Max max = annotation(rc, Max.class);
                    if (min != null && max != null) {
                        words += " " + min + "–" + max.value();
                    } else if (min != null) {
                        words += " ≥ " + min;
                    }
                }
                yield words;
            }
            case BOOLEAN -> "true / false (omitted: false)";
            case DECIMAL -> "decimal (number or string)";
            case DATE -> "date `2025-06-30`";
            case DATE_TIME -> "date-time `2025-06-02T09:00`";
            case ENUM -> "one of " + Arrays.stream(ft.raw.getEnumConstants()).map(c -> "`" + ((Enum<?>) c).name() + "`")
                    .collect(Collectors.joining(", "));
            case VALUE -> "`" + ft.raw.getSimpleName() + "` as text" + (ft.personal() ? " (personal)" : "");
            case RECORD -> {
                nested.add(ft.raw);
                yield "[`" + ft.raw.getSimpleName() + "`](#" + ft.raw.getSimpleName().toLowerCase() + ") mapping";
            }
            case LIST, SET -> (ft.kind == FieldType.Kind.SET ? "set of " : "list of ") + typeWords(ft.element, null, nested);
        };
    }

    // ------------------------------------------------------------------------------- Javadoc

    /** @return the {@code @param} text of a record component, from kernel-model's sources, or "" */
    String describe(Class<?> type, String component) {
        return docs.computeIfAbsent(type, this::params).getOrDefault(component, "");
    }

    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*\\*\\s*@|\\*/)", Pattern.DOTALL);

    private Map<String, String> params(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Path file = modelSources.resolve(top.getName().replace('.', '/') + ".java");
        if (!Files.exists(file)) {
            return Map.of();
        }
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int declaration = source.indexOf("record " + type.getSimpleName() + "(");
        if (declaration < 0) {
            return Map.of();
        }
        int end = source.lastIndexOf("*/", declaration);
        int start = source.lastIndexOf("/**", end);
        if (start < 0 || end < 0) {
            return Map.of();
        }
        String javadoc = source.substring(start, end + 2);
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(javadoc);
        while (m.find()) {
            params.put(m.group(1), clean(m.group(2)));
        }
        return params;
    }

    private static String clean(String text) {
        String s = text.replaceAll("\\n\\s*\\*\\s?", " ");
        s = s.replaceAll("\\{@link(?:plain)?\\s+#?([^}\\s]+)(?:\\s+([^}]*))?}", "$1");
        s = s.replaceAll("\\{@code\\s+([^}]*)}", "$1");
        s = s.replace('#', '.');
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A minimal JSON writer for the schema: maps, lists, strings, numbers, booleans; two-space indent. */
    static final class Json {

        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out, 0);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out, int depth) {
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{");
                int i = 0;
                for (var e : map.entrySet()) {
                    out.append(i++ == 0 ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                    string(e.getKey().toString(), out);
                    out.append(": ");
                    write(e.getValue(), out, depth + 1);
                }
                out.append('\n').append("  ".repeat(depth)).append('}');
            } else if (value instanceof List<?> list) {
                boolean inline = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (inline) {
                        out.append(i == 0 ? "" : ", ");
                    } else {
                        out.append(i == 0 ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                    }
                    write(list.get(i), out, depth + 1);
                }
                if (!inline && !list.isEmpty()) {
                    out.append('\n').append("  ".repeat(depth));
                }
                out.append(']');
            } else if (value instanceof String s) {
                string(s, out);
            } else {
                out.append(value);
            }
        }

        private static void string(String s, StringBuilder out) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
