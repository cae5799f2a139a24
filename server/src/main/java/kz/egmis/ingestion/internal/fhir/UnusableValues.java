package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Values of received JSON that EGMIS refuses before HAPI reads them. */
final class UnusableValues {

    private static final char NUL = '\u0000';
    private static final int LONGEST_NUMBER = 1000;

    private UnusableValues() {
    }

    // JSON may carry what EGMIS cannot take as sent: the character U+0000 and unpaired surrogates (escaped), which
    // PostgreSQL text cannot hold or would hold changed, and numbers such as 1e999999999, which HAPI writes out
    // digit by digit (minutes of CPU). A value with one is refused here, with its place, before HAPI reads it.
    static boolean check(ObjectNode tree, String type, IssueCollector issues) {
        if (holdsUnusable(tree)) {
            reportUnusable(tree, type, issues);
            return false;
        }
        return true;
    }

    private static boolean holdsUnusable(JsonNode node) {
        if (!node.isContainerNode()) {
            return whyUnusable(node) != null;
        }
        for (JsonNode child : node) {
            if (holdsUnusable(child)) {
                return true;
            }
        }
        return false;
    }

    private static void reportUnusable(JsonNode node, String path, IssueCollector issues) {
        if (!node.isContainerNode()) {
            String why = whyUnusable(node);
            if (why != null) {
                issues.invalid(path, why);
            }
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                reportUnusable(node.get(index), path + "[" + index + "]", issues);
            }
        } else {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                reportUnusable(field.getValue(), path + "." + field.getKey(), issues);
            }
        }
    }

    private static String whyUnusable(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            for (int index = 0; index < text.length(); index++) {
                char character = text.charAt(index);
                if (character == NUL) {
                    return "the value holds the character U+0000 (NUL), which EGMIS cannot store: remove it";
                }
                if (Character.isHighSurrogate(character) && index + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(index + 1))) {
                    index++;
                } else if (Character.isSurrogate(character)) {
                    return "the value holds an unpaired surrogate (U+" + Integer.toHexString(character).toUpperCase()
                            + "), which is no Unicode character: send the text as valid UTF-8";
                }
            }
        } else if (value.isBigDecimal()) {
            BigDecimal number = value.decimalValue();
            if (number.scale() > LONGEST_NUMBER || number.precision() - (long) number.scale() > LONGEST_NUMBER) {
                return "the number " + shown(number.toString()) + " has more than " + LONGEST_NUMBER + " digits before"
                        + " or after the decimal mark: send a plain decimal, e.g. 3200.50";
            }
        }
        return null;
    }
}
