package kz.egmis.ingestion.internal.web;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import ca.uhn.fhir.context.FhirContext;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.store.StoredResource;

/** FHIR answers: stored resources with their meta, Bundles and OperationOutcomes, as application/fhir+json. */
final class FhirResponses {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private final FhirJson json;

    FhirResponses(FhirJson json) {
        this.json = json;
    }

    /** A stored version as a resource: its content with id, versionId and lastUpdated set. */
    Resource resource(StoredResource stored) {
        Resource resource = (Resource) CONTEXT.newJsonParser().parseResource(stored.content());
        resource.setId(stored.id());
        resource.getMeta().setVersionId(Integer.toString(stored.version()));
        resource.getMeta().setLastUpdated(Date.from(stored.receivedAt()));
        return resource;
    }

    ResponseEntity<String> ok(int status, Resource resource, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(FHIR_JSON)
                .header("X-Content-Type-Options", "nosniff").body(json.encode(resource));
    }

    ResponseEntity<String> outcome(int status, List<ValidationIssue> issues) {
        return ok(status, operationOutcome(issues), new HttpHeaders());
    }

    ResponseEntity<String> outcome(int status, String code, String location, String message) {
        return outcome(status, List.of(new ValidationIssue(location, code, message)));
    }

    static OperationOutcome operationOutcome(List<ValidationIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (ValidationIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(issueType(issue.code()))
                    .setDiagnostics(issue.message());
            if (issue.location() != null) {
                component.addExpression(issue.location());
            }
        }
        return outcome;
    }

    static OperationOutcome information(String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL).setDiagnostics(message);
        return outcome;
    }

    Bundle bundle(Bundle.BundleType type, List<Resource> resources) {
        Bundle bundle = new Bundle().setType(type);
        bundle.setTotal(resources.size());
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource);
        }
        return bundle;
    }

    private static IssueType issueType(String code) {
        try {
            return IssueType.fromCode(code);
        } catch (Exception unknown) {
            return IssueType.INVALID;
        }
    }
}
