package kz.egmis.ingestion.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.store.AccessLog;
import kz.egmis.ingestion.internal.store.ResourceReader;
import kz.egmis.ingestion.internal.store.StoredResource;
import kz.egmis.platform.SourceSystem;
import kz.egmis.security.Caller;

/**
 * The FHIR read paths of section 3, within the source system named by X-Source-System. Every read of a person's
 * data is logged, with its ledger leaf, before it is answered.
 */
@RestController
class FhirReadController {

    private final ResourceReader reader;
    private final FhirResponses responses;
    private final AccessLog accessLog;

    FhirReadController(FhirJson json, ResourceReader reader, AccessLog accessLog) {
        this.reader = reader;
        this.responses = new FhirResponses(json);
        this.accessLog = accessLog;
    }

    @GetMapping("/fhir/{type}/{id}")
    ResponseEntity<String> read(@PathVariable String type, @PathVariable String id, HttpServletRequest request) {
        if (!FhirJson.ACCEPTED_TYPES.contains(type)) {
            return unknownType(type);
        }
        return reader.current(source(request).code(), type, id)
                .map(stored -> logged(request, stored, responses.ok(200, responses.resource(stored), versionHeaders(stored))))
                .orElseGet(() -> notFound(type, id));
    }

    @GetMapping("/fhir/{type}/{id}/_history")
    ResponseEntity<String> history(@PathVariable String type, @PathVariable String id, HttpServletRequest request) {
        if (!FhirJson.ACCEPTED_TYPES.contains(type)) {
            return unknownType(type);
        }
        List<StoredResource> versions = reader.history(source(request).code(), type, id);
        if (versions.isEmpty()) {
            return notFound(type, id);
        }
        return logged(request, versions.get(0), responses.ok(200, responses.bundle(Bundle.BundleType.HISTORY,
                versions.stream().map(responses::resource).toList()), new HttpHeaders()));
    }

    @GetMapping("/fhir/{type}/{id}/_history/{version}")
    ResponseEntity<String> version(@PathVariable String type, @PathVariable String id, @PathVariable String version,
                                   HttpServletRequest request) {
        if (!FhirJson.ACCEPTED_TYPES.contains(type)) {
            return unknownType(type);
        }
        if (!version.matches("[1-9][0-9]{0,8}")) {
            return responses.outcome(400, "value", type, "version '" + version + "' is not a version number");
        }
        return reader.version(source(request).code(), type, id, Integer.parseInt(version))
                .map(stored -> logged(request, stored, responses.ok(200, responses.resource(stored), versionHeaders(stored))))
                .orElseGet(() -> notFound(type, id + "/_history/" + version));
    }

    @GetMapping("/fhir/Patient")
    ResponseEntity<String> searchPatients(@RequestParam(required = false) String identifier, HttpServletRequest request) {
        String prefix = "urn:kz:iin|";
        if (identifier == null || !identifier.startsWith(prefix) || !kz.egmis.identity.Iin.isValid(identifier.substring(prefix.length()))) {
            return responses.outcome(400, "value", "Patient.identifier", "search Patients with identifier="
                    + "urn:kz:iin|<IIN>, a valid 12-digit IIN");
        }
        List<StoredResource> stored = reader.patientsWithIin(source(request).code(), identifier.substring(prefix.length()));
        stored.forEach(patient -> accessLog.recordRead(Caller.of(request).actor(), source(request).code(), patient.type(),
                patient.id(), request.getRequestURI()));
        List<Resource> found = stored.stream().map(responses::resource).toList();
        return responses.ok(200, responses.bundle(Bundle.BundleType.SEARCHSET, found), new HttpHeaders());
    }

    /** A read of a person's data is logged (and goes on the ledger) before it is answered. */
    private <T> T logged(HttpServletRequest request, StoredResource stored, T answer) {
        if (AccessLog.isPersonData(stored.type())) {
            accessLog.recordRead(Caller.of(request).actor(), source(request).code(), stored.type(), stored.id(),
                    request.getRequestURI());
        }
        return answer;
    }

    private ResponseEntity<String> unknownType(String type) {
        return responses.outcome(404, "not-supported", "Resource", "resource type '" + type + "' is not served here: "
                + "use one of " + String.join(", ", FhirJson.ACCEPTED_TYPES));
    }

    private ResponseEntity<String> notFound(String type, String id) {
        return responses.outcome(404, "not-found", type, type + "/" + id + " was not received from this source system");
    }

    private static HttpHeaders versionHeaders(StoredResource stored) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag("W/\"" + stored.version() + "\"");
        headers.setLastModified(stored.receivedAt());
        return headers;
    }

    private static SourceSystem source(HttpServletRequest request) {
        return Caller.of(request).requiredSourceSystem();
    }
}
