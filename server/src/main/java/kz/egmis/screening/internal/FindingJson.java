package kz.egmis.screening.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import kz.egmis.screening.Finding;

/** A finding as section 3 of the standard writes it: fixed field names, days as YYYY-MM-DD, evidence as JSON. */
final class FindingJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FindingJson() {
    }

    static Map<String, Object> of(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", finding.id());
        json.put("rule", finding.rule());
        json.put("ruleVersion", finding.ruleVersion());
        json.put("severity", finding.severity());
        json.put("status", finding.status());
        json.put("amountKzt", finding.amountKzt());
        json.put("patientIin", finding.patientIin());
        json.put("personId", finding.personId());
        json.put("practitionerIin", finding.practitionerIin());
        json.put("organizationBin", finding.organizationBin());
        json.put("day", finding.day() == null ? null : finding.day().toString());
        json.put("serviceCode", finding.serviceCode());
        json.put("encounterIds", finding.encounterIds());
        json.put("attachmentId", finding.attachmentId());
        json.put("claimIds", finding.claimIds());
        json.put("detectedAt", finding.detectedAt().toString());
        json.put("evidence", JSON.readTree(finding.evidenceJson()));
        json.put("ledgerIndex", finding.ledgerIndex());
        return json;
    }
}
