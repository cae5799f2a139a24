package kz.egmis.ingestion.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.internal.IngestionSettings;
import kz.egmis.ingestion.internal.StoredOutcome;
import kz.egmis.ingestion.internal.Submission;
import kz.egmis.ingestion.internal.bundle.BundleIngestion;
import kz.egmis.ingestion.internal.bundle.EntryResult;
import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.fhir.FhirResourceConverter;
import kz.egmis.ingestion.internal.fhir.ParsedBundle;
import kz.egmis.ingestion.internal.fhir.ParsedResource;
import kz.egmis.ingestion.internal.store.RecordStore;
import kz.egmis.ingestion.internal.store.ResourceReader;
import kz.egmis.ingestion.internal.store.StoredResource;
import kz.egmis.platform.SourceSystem;
import kz.egmis.security.Caller;

/** The FHIR write paths of section 3 (Bundles, create, update), for the source system named by X-Source-System. */
@RestController
class FhirController {

    private final FhirJson json;
    private final FhirResourceConverter converter;
    private final RecordStore store;
    private final ResourceReader reader;
    private final BundleIngestion bundles;
    private final IngestionSettings settings;
    private final FhirResponses responses;

    FhirController(FhirJson json, FhirResourceConverter converter, RecordStore store, ResourceReader reader,
                   BundleIngestion bundles, IngestionSettings settings) {
        this.json = json;
        this.converter = converter;
        this.store = store;
        this.reader = reader;
        this.bundles = bundles;
        this.settings = settings;
        this.responses = new FhirResponses(json);
    }

    @PostMapping("/fhir")
    ResponseEntity<String> bundle(HttpServletRequest request) throws IOException {
        if (!FhirMediaTypes.isFhirJson(request.getContentType())) {
            return unsupportedMediaType(request.getContentType());
        }
        Optional<String> body = body(request);
        if (body.isEmpty()) {
            return tooLarge();
        }
        ParsedBundle parsed = json.parseBundle(body.get());
        if (!parsed.isParsed()) {
            return responses.outcome(400, parsed.issues());
        }
        Bundle bundle = parsed.bundle();
        if (!BundleIngestion.isAccepted(bundle)) {
            return responses.outcome(400, "value", "Bundle.type", "Bundle type '" + (bundle.hasType()
                    ? bundle.getType().toCode() : "") + "' is not accepted: send a batch or a transaction Bundle");
        }
        boolean transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
        List<EntryResult> results = bundles.ingest(source(request), parsed, "fhir Bundle request " + UUID.randomUUID());
        if (transaction && results.stream().anyMatch(EntryResult::isRejected)) {
            return responses.outcome(400, results.stream().flatMap(result -> result.issues().stream()).toList());
        }
        return responses.ok(200, BundleResponses.of(bundle.getType(), results, responses), new HttpHeaders());
    }

    @PostMapping("/fhir/{type}")
    ResponseEntity<String> create(@PathVariable String type, HttpServletRequest request) throws IOException {
        return write(type, UUID.randomUUID().toString(), false, request);
    }

    @PutMapping("/fhir/{type}/{id}")
    ResponseEntity<String> update(@PathVariable String type, @PathVariable String id, HttpServletRequest request)
            throws IOException {
        return write(type, id, true, request);
    }

    private ResponseEntity<String> write(String type, String id, boolean idFromSource, HttpServletRequest request)
            throws IOException {
        if (!FhirJson.ACCEPTED_TYPES.contains(type)) {
            return unknownType(type);
        }
        if (!FhirMediaTypes.isFhirJson(request.getContentType())) {
            return unsupportedMediaType(request.getContentType());
        }
        Optional<String> body = body(request);
        if (body.isEmpty()) {
            return tooLarge();
        }
        ParsedResource parsed = json.parse(body.get());
        if (!parsed.isParsed()) {
            return responses.outcome(400, parsed.issues());
        }
        Resource resource = parsed.resource();
        if (!resource.fhirType().equals(type)) {
            return responses.outcome(400, "invalid", resource.fhirType(), "the body is a " + resource.fhirType()
                    + " but the URL names " + type + ": send it to /fhir/" + resource.fhirType());
        }
        String bodyId = resource.getIdElement().getIdPart();
        if (idFromSource && bodyId != null && !bodyId.equals(id)) {
            return responses.outcome(400, "invalid", type + ".id", "the resource id '" + bodyId
                    + "' differs from the id '" + id + "' in the URL: make them equal");
        }
        parsed.assignId(id);
        Conversion conversion = converter.convert(source(request), parsed);
        if (!conversion.isAccepted()) {
            return responses.outcome(422, conversion.issues());
        }
        StoredOutcome outcome = store.store(List.of(Submission.of(conversion, "fhir", "fhir request " + UUID.randomUUID(),
                null))).get(0);
        StoredResource stored = new StoredResource(type, id, outcome.version(), conversion.rawContent(),
                java.time.Instant.ofEpochSecond(outcome.receivedAt()));
        if (!outcome.changed()) {
            stored = reader.current(source(request).code(), type, id).orElse(stored);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setLocation(java.net.URI.create("/fhir/" + type + "/" + id + "/_history/" + outcome.version()));
        headers.setETag("W/\"" + outcome.version() + "\"");
        int status = outcome.kind() == StoredOutcome.Kind.CREATED ? 201 : 200;
        return responses.ok(status, responses.resource(stored), headers);
    }


    private Optional<String> body(HttpServletRequest request) throws IOException {
        try {
            return Optional.of(LimitedBody.read(request.getInputStream(), request.getContentLengthLong(),
                    settings.maximumFhirBodyBytes()));
        } catch (LimitedBody.TooLarge tooLarge) {
            return Optional.empty();
        }
    }

    private ResponseEntity<String> tooLarge() {
        return responses.outcome(413, "too-long", "Bundle", "The request body is larger than "
                + settings.maximumFhirBodyBytes() + " bytes, the limit of /fhir requests: split it into smaller "
                + "Bundles, or send the resources as NDJSON to /ingest/ndjson.");
    }

    private ResponseEntity<String> unsupportedMediaType(String contentType) {
        return responses.outcome(415, "not-supported", "Content-Type", "the body is '" + contentType + "', not FHIR "
                + "JSON: send it with 'Content-Type: application/fhir+json' (EGMIS takes FHIR R4 as JSON only)");
    }

    private ResponseEntity<String> unknownType(String type) {
        return responses.outcome(404, "not-supported", "Resource", "resource type '" + type + "' is not served here: "
                + "use one of " + String.join(", ", FhirJson.ACCEPTED_TYPES));
    }

    private static SourceSystem source(HttpServletRequest request) {
        return Caller.of(request).requiredSourceSystem();
    }
}
