package dev.ophamin.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ophamin.Stable;
import dev.ophamin.canonical.JsonArray;
import dev.ophamin.canonical.JsonBool;
import dev.ophamin.canonical.JsonFloat;
import dev.ophamin.canonical.JsonInt;
import dev.ophamin.canonical.JsonObject;
import dev.ophamin.canonical.JsonString;
import dev.ophamin.canonical.JsonValue;
import dev.ophamin.record.RecordKind;
import dev.ophamin.verify.SchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of spec/schemas (Draft 2020-12), applied with the networknt validator. This is
 * the only class that needs networknt and jackson-databind, both optional dependencies of the kit.
 */
@Stable
public final class RecordSchemas implements SchemaCheck {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** A check over the schemas shipped in this jar; compiled on first use, then shared by its callers. */
    public RecordSchemas() {
    }
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * {@return the schema file name (without directory) for a kind and version, e.g. {@code audit-1.1.schema.json}}
     *
     * @param kind the record kind
     * @param schemaVersion its schema version as text
     */
    public static String fileName(RecordKind kind, String schemaVersion) {
        String v = schemaVersion.substring(schemaVersion.indexOf('/') + 1);
        return kind.id() + "-" + v + ".schema.json";
    }

    /**
     * {@return the schema document's text as shipped in this jar}
     *
     * @param kind the record kind
     * @param schemaVersion its schema version as text
     */
    public static String schemaText(RecordKind kind, String schemaVersion) {
        String name = fileName(kind, schemaVersion);
        try (InputStream in = RecordSchemas.class.getResourceAsStream("/dev/ophamin/schemas/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + name + " in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> errors(RecordKind kind, String schemaVersion, JsonObject record) {
        Schema schema = schemas.computeIfAbsent(fileName(kind, schemaVersion),
                n -> registry.getSchema(schemaText(kind, schemaVersion), InputFormat.JSON));
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(toNode(record))) {
            out.add(e.toString());
        }
        return out;
    }

    // Built from the value model, not re-parsed, so NaN, Infinity and big integers arrive as read.
    private static JsonNode toNode(JsonValue v) {
        if (v instanceof JsonObject) {
            ObjectNode o = NODES.objectNode();
            ((JsonObject) v).members().forEach((k, x) -> o.set(k, toNode(x)));
            return o;
        }
        if (v instanceof JsonArray) {
            ArrayNode a = NODES.arrayNode();
            ((JsonArray) v).items().forEach(x -> a.add(toNode(x)));
            return a;
        }
        if (v instanceof JsonString) {
            return NODES.textNode(((JsonString) v).value());
        }
        if (v instanceof JsonInt) {
            return NODES.numberNode(((JsonInt) v).bigValue());
        }
        if (v instanceof JsonFloat) {
            return NODES.numberNode(((JsonFloat) v).value());
        }
        if (v instanceof JsonBool) {
            return NODES.booleanNode(v == JsonBool.TRUE);
        }
        return NODES.nullNode();
    }
}
