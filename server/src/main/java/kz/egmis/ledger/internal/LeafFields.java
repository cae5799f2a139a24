package kz.egmis.ledger.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The top-level fields of a leaf's JSON, to say which of them a stored leaf and its row disagree on. Leaves are
 * flat objects of strings, numbers and null (docs/LEDGER.md); anything else is reported as unreadable.
 */
final class LeafFields {

    private LeafFields() {
    }

    /**
     * Fields whose values differ; an expected {@code null} rows hash accepts any stored one, and so do the fields
     * {@code asStored}.
     */
    static List<String> differences(String stored, String expected, Set<String> asStored) {
        Map<String, String> storedFields = parse(stored);
        Map<String, String> expectedFields = parse(expected);
        if (storedFields == null || expectedFields == null) {
            return List.of("(the stored leaf is not a flat JSON object)");
        }
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> field : expectedFields.entrySet()) {
            String value = storedFields.get(field.getKey());
            boolean wildcard = value != null && (asStored.contains(field.getKey())
                    || field.getKey().equals("rows") && field.getValue().equals("null"));
            if (!wildcard && !Objects.equals(value, field.getValue())) {
                differing.add(field.getKey());
            }
        }
        storedFields.keySet().stream().filter(key -> !expectedFields.containsKey(key)).forEach(differing::add);
        return differing;
    }

    /** Whether both are flat objects with the same field names in the same order. */
    static boolean sameOrder(String stored, String expected) {
        Map<String, String> storedFields = parse(stored);
        Map<String, String> expectedFields = parse(expected);
        return storedFields != null && expectedFields != null
                && List.copyOf(storedFields.keySet()).equals(List.copyOf(expectedFields.keySet()));
    }

    /** Field name to its raw JSON value; null when the text is not a flat object. */
    static Map<String, String> parse(String json) {
        if (json.length() < 2 || json.charAt(0) != '{' || json.charAt(json.length() - 1) != '}') {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String member : splitMembers(json.substring(1, json.length() - 1))) {
            int colon = member.indexOf("\":");
            if (!member.startsWith("\"") || colon < 1) {
                return null;
            }
            fields.put(member.substring(1, colon), member.substring(colon + 2));
        }
        return fields;
    }

    private static List<String> splitMembers(String body) {
        List<String> members = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                members.add(body.substring(start, i));
                start = i + 1;
            }
        }
        if (start < body.length()) {
            members.add(body.substring(start));
        }
        return members;
    }
}
