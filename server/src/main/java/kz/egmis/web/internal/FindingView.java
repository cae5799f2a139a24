package kz.egmis.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.egmis.screening.Finding;

/**
 * A finding as its page shows it: the values written for people (days, money), what happened as a message of the
 * rule with its arguments (so that it reads in the page's language), and the evidence as labelled rows.
 */
public record FindingView(String id, String rule, String status, String severity, String day, String amount, String patientIin,
                   String practitionerIin, String organizationBin, String serviceCode, List<String> claimIds,
                   List<String> encounterIds, String attachmentId, String detectedAt, Long ledgerIndex,
                   Object[] explanationArguments, List<Map.Entry<String, String>> evidence) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static FindingView of(Finding finding) {
        String day = Formats.day(finding.day());
        String amount = Formats.money(finding.amountKzt());
        return new FindingView(finding.id(), finding.rule(), finding.status(), finding.severity(), day, amount,
                finding.patientIin(), finding.practitionerIin(), finding.organizationBin(), finding.serviceCode(),
                finding.claimIds() == null ? List.of() : finding.claimIds(),
                finding.encounterIds() == null ? List.of() : finding.encounterIds(), finding.attachmentId(),
                Formats.time(finding.detectedAt().toInstant()), finding.ledgerIndex(),
                new Object[] {day, amount, nullToDash(finding.patientIin()), nullToDash(finding.organizationBin()),
                        nullToDash(finding.practitionerIin()), nullToDash(finding.serviceCode())},
                evidenceRows(finding.evidenceJson()));
    }

    /** The evidence JSON flattened to rows: {@code stays[0].start → 2026-03-01T08:00+05:00}. */
    static List<Map.Entry<String, String>> evidenceRows(String evidenceJson) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        flatten("", JSON.readTree(evidenceJson), rows);
        return rows;
    }

    private static void flatten(String path, JsonNode node, List<Map.Entry<String, String>> rows) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", node.get(i), rows);
            }
        } else {
            rows.add(Map.entry(path, node.isNull() ? "—" : node.asString()));
        }
    }

    private static String nullToDash(String value) {
        return value == null ? "—" : value;
    }
}
