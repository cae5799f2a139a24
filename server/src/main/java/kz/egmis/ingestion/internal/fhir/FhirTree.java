package kz.egmis.ingestion.internal.fhir;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of a resource as it was received, read once with Jackson and handed to HAPI. It also gives the two
 * contents a version is made of: the canonical form, whose hash decides "unchanged" (sorted keys, no white
 * space, without id, versionId and lastUpdated), and the form stored and returned (as sent, with its id).
 * Working from the received JSON costs a fraction of a HAPI re-encoding, and is the same for every transport.
 */
final class FhirTree {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a repeated key would silently let the last one win: refuse it
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final ObjectWriter SORTED;
    private static final ObjectWriter AS_IS = MAPPER.writer();

    static {
        // resources of up to the body limit, with long base64 attachments
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(200).build());
        SORTED = MAPPER.copy().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true).writer();
    }

    private FhirTree() {
    }

    /** The JSON as a tree; its root must be an object. */
    static JsonNode read(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    static String canonical(ObjectNode resource) {
        ObjectNode copy = withoutVersionMeta(resource);
        copy.remove("id");
        return write(SORTED, copy);
    }

    static String stored(ObjectNode resource, String id) {
        ObjectNode copy = withoutVersionMeta(resource);
        // the id first, where FHIR writers put it, then everything else in the order it was sent
        ObjectNode ordered = MAPPER.createObjectNode();
        ordered.set("resourceType", copy.get("resourceType"));
        ordered.put("id", id);
        for (Iterator<Map.Entry<String, JsonNode>> fields = copy.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("id") && !field.getKey().equals("resourceType")) {
                ordered.set(field.getKey(), field.getValue());
            }
        }
        return write(AS_IS, ordered);
    }

    /**
     * Replaces every {@code "reference"} value named in {@code replacements} (urn:uuid fullUrls of a Bundle);
     * answers whether anything was replaced.
     */
    static boolean replaceReferences(JsonNode node, Map<String, String> replacements) {
        boolean replaced = false;
        if (node instanceof ObjectNode object) {
            JsonNode reference = object.get("reference");
            if (reference != null && reference.isTextual() && replacements.containsKey(reference.asText())) {
                object.put("reference", replacements.get(reference.asText()));
                replaced = true;
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                replaced |= replaceReferences(child, replacements);
            }
        }
        return replaced;
    }

    /** Whether the stored form would differ from the text as received: version meta to leave out. */
    static boolean hasVersionMeta(ObjectNode resource) {
        return resource.get("meta") instanceof ObjectNode meta && (meta.has("versionId") || meta.has("lastUpdated"));
    }

    private static ObjectNode withoutVersionMeta(ObjectNode resource) {
        ObjectNode copy = resource.deepCopy();
        if (copy.get("meta") instanceof ObjectNode meta) {
            meta.remove("versionId");
            meta.remove("lastUpdated");
            if (meta.isEmpty()) {
                copy.remove("meta");
            }
        }
        return copy;
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
