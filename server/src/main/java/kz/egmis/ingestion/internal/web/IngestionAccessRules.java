package kz.egmis.ingestion.internal.web;

import static kz.egmis.security.Role.ADMINISTRATOR;
import static kz.egmis.security.Role.SOURCE_SYSTEM;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.egmis.security.AccessRules;
import kz.egmis.security.PathRule;

/** Sending data and reading it back as the source sees it: source systems (as themselves) and administrators. */
@Component
class IngestionAccessRules implements AccessRules {

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.of("POST", "/fhir", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("POST", "/fhir/{type}", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("PUT", "/fhir/{type}/{id}", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("GET", "/fhir/{type}/{id}", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("GET", "/fhir/{type}/{id}/_history", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("GET", "/fhir/{type}/{id}/_history/{version}", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("GET", "/fhir/Patient", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("POST", "/ingest/ndjson", ADMINISTRATOR, SOURCE_SYSTEM),
                PathRule.of("POST", "/ingest/csv/{format}", ADMINISTRATOR, SOURCE_SYSTEM));
    }
}
