package kz.egmis.ingestion.internal.web;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryResponseComponent;

import kz.egmis.ingestion.internal.StoredOutcome;
import kz.egmis.ingestion.internal.bundle.EntryResult;
import kz.egmis.ingestion.internal.store.StoredResource;

/** batch-response and transaction-response Bundles: one entry per request entry, in the same order. */
final class BundleResponses {

    private BundleResponses() {
    }

    static Bundle of(Bundle.BundleType requestType, List<EntryResult> results, FhirResponses responses) {
        Bundle bundle = new Bundle().setType(requestType == Bundle.BundleType.TRANSACTION
                ? Bundle.BundleType.TRANSACTIONRESPONSE : Bundle.BundleType.BATCHRESPONSE);
        for (EntryResult result : results) {
            Bundle.BundleEntryComponent entry = bundle.addEntry();
            BundleEntryResponseComponent response = entry.getResponse();
            if (result.isRejected()) {
                response.setStatus("422 Unprocessable Entity");
                response.setOutcome(FhirResponses.operationOutcome(result.issues()));
                continue;
            }
            StoredOutcome outcome = result.outcome();
            String type = outcome.key().type();
            String id = outcome.key().id();
            response.setStatus(outcome.kind() == StoredOutcome.Kind.CREATED ? "201 Created" : "200 OK");
            response.setLocation(type + "/" + id + "/_history/" + outcome.version());
            response.setEtag("W/\"" + outcome.version() + "\"");
            response.setLastModified(java.util.Date.from(java.time.Instant.ofEpochSecond(outcome.receivedAt())));
            if (outcome.changed()) {
                entry.setFullUrl(type + "/" + id);
                entry.setResource(responses.resource(new StoredResource(type, id, outcome.version(),
                        result.storedContent(), java.time.Instant.ofEpochSecond(outcome.receivedAt()))));
            }
        }
        return bundle;
    }
}
