package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for writing FHIR JSON the way the standard asks: coded values, identifiers, references, times. */
final class FhirJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FhirJson() {
    }

    static ObjectNode resource(String type, String id) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("resourceType", type);
        node.put("id", id);
        return node;
    }

    static ObjectNode identifier(String system, String value) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("system", system);
        node.put("value", value);
        return node;
    }

    static ArrayNode identifiers(String system, String value) {
        return MAPPER.createArrayNode().add(identifier(system, value));
    }

    static ObjectNode coding(String system, String code) {
        ObjectNode concept = MAPPER.createObjectNode();
        concept.putArray("coding").addObject().put("system", system).put("code", code);
        return concept;
    }

    static ArrayNode codings(String system, String code) {
        return MAPPER.createArrayNode().add(coding(system, code));
    }

    /** A logical reference by identifier (IIN or BIN): needs no resource of the same source. */
    static ObjectNode logical(String type, String system, String value) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", type);
        node.set("identifier", identifier(system, value));
        return node;
    }

    static ObjectNode literal(String reference) {
        return MAPPER.createObjectNode().put("reference", reference);
    }

    static ObjectNode period(LocalDate start, LocalDate end) {
        ObjectNode node = MAPPER.createObjectNode().put("start", start.toString());
        return end == null ? node : node.put("end", end.toString());
    }

    static String time(LocalDateTime local) {
        return local.withSecond(0).withNano(0) + ":00+05:00";
    }

    static ObjectNode money(java.math.BigDecimal value) {
        return MAPPER.createObjectNode().put("value", value).put("currency", "KZT");
    }

    static ObjectNode name(String family, String given, String patronymic) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", family + " " + given + " " + patronymic);
        node.put("family", family);
        node.putArray("given").add(given).add(patronymic);
        return node;
    }
}
