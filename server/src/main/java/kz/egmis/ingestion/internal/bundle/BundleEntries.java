package kz.egmis.ingestion.internal.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.fhir.ParsedBundle;
import kz.egmis.ingestion.internal.fhir.ParsedResource;

/**
 * Reads what each entry of a batch or transaction Bundle asks: PUT {@code Type/id} under the source's own id,
 * POST {@code Type} under an id the server assigns. Every {@code urn:uuid:} reference to another entry's fullUrl
 * is replaced by that entry's {@code Type/id}, so the converter only ever sees literal or logical references.
 */
final class BundleEntries {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private BundleEntries() {
    }

    static List<EntryPlan> plan(ParsedBundle parsed) {
        List<EntryPlan> plans = new ArrayList<>();
        Map<String, String> fullUrls = new HashMap<>();
        List<BundleEntryComponent> entries = parsed.bundle().getEntry();
        for (int index = 0; index < entries.size(); index++) {
            EntryPlan plan = planEntry(index, entries.get(index), parsed.entryResources().get(index));
            plans.add(plan);
            String fullUrl = entries.get(index).getFullUrl();
            if (!plan.isRejected() && fullUrl != null && fullUrl.startsWith("urn:uuid:")) {
                fullUrls.put(fullUrl, plan.type() + "/" + plan.id());
            }
        }
        for (EntryPlan plan : plans) {
            if (!plan.isRejected()) {
                resolveInternalReferences(plan.resource(), fullUrls);
            }
        }
        return plans;
    }

    private static EntryPlan planEntry(int index, BundleEntryComponent entry, ParsedResource parsed) {
        String where = "Bundle.entry[" + index + "]";
        HTTPVerb requested = entry.hasRequest() && entry.getRequest().hasMethod() ? entry.getRequest().getMethod() : null;
        // checked first: a GET or DELETE entry has no resource, and the method is what is wrong with it
        if (requested != null && requested != HTTPVerb.POST && requested != HTTPVerb.PUT) {
            return EntryPlan.rejected(index, List.of(new ValidationIssue(where + ".request.method", "not-supported",
                    "method " + requested.toCode() + " is not supported in a Bundle here: use POST to create or PUT to "
                            + "send a record under its own id")));
        }
        if (parsed == null) {
            return EntryPlan.rejected(index, List.of(ValidationIssue.required(where + ".resource",
                    "the entry has no resource: send the resource to store")));
        }
        if (!parsed.isParsed()) {
            return EntryPlan.rejected(index, parsed.issues());
        }
        Resource resource = parsed.resource();
        String type = resource.fhirType();
        HTTPVerb method = requested != null ? requested
                : resource.hasIdElement() && resource.getIdElement().hasIdPart() ? HTTPVerb.PUT : HTTPVerb.POST;
        String url = entry.hasRequest() ? entry.getRequest().getUrl() : null;
        if (method == HTTPVerb.POST) {
            return planCreate(index, where, type, parsed, url);
        }
        return planUpdate(index, where, type, parsed, url);
    }

    private static EntryPlan planCreate(int index, String where, String type, ParsedResource resource, String url) {
        if (url != null && !url.isBlank() && !url.equals(type)) {
            return EntryPlan.rejected(index, List.of(ValidationIssue.value(where + ".request.url",
                    "POST url '" + url + "' does not name the resource type " + type + ": send '" + type + "'")));
        }
        String id = UUID.randomUUID().toString();
        resource.assignId(id);
        return new EntryPlan(index, type, id, resource, List.of());
    }

    private static EntryPlan planUpdate(int index, String where, String type, ParsedResource resource, String url) {
        String bodyId = resource.resource().getIdElement().getIdPart();
        String urlId = null;
        if (url != null && !url.isBlank()) {
            String[] parts = url.split("/");
            if (parts.length != 2 || !parts[0].equals(type)) {
                return EntryPlan.rejected(index, List.of(ValidationIssue.value(where + ".request.url",
                        "PUT url '" + url + "' is not '" + type + "/<id>' for this " + type + ": send the type and id")));
            }
            urlId = parts[1];
        }
        if (urlId != null && bodyId != null && !urlId.equals(bodyId)) {
            return EntryPlan.rejected(index, List.of(ValidationIssue.value(where + ".resource.id",
                    "the resource id '" + bodyId + "' differs from the id '" + urlId + "' in request.url: make them equal")));
        }
        String id = urlId != null ? urlId : bodyId;
        if (id == null) {
            return EntryPlan.rejected(index, List.of(ValidationIssue.required(where + ".request.url",
                    "a PUT needs the record's id: send request.url '" + type + "/<id>'")));
        }
        resource.assignId(id);
        return new EntryPlan(index, type, id, resource, List.of());
    }

    private static void resolveInternalReferences(ParsedResource parsed, Map<String, String> fullUrls) {
        if (fullUrls.isEmpty()) {
            return;
        }
        parsed.replaceReferences(fullUrls);
        for (Reference reference : CONTEXT.newTerser().getAllPopulatedChildElementsOfType(parsed.resource(), Reference.class)) {
            String target = reference.getReference();
            if (target != null && fullUrls.containsKey(target)) {
                reference.setReference(fullUrls.get(target));
            }
        }
    }
}
