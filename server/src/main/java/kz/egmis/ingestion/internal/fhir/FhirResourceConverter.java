package kz.egmis.ingestion.internal.fhir;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

import kz.egmis.ingestion.domain.CanonicalRecord;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.ValidationIssue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.ReferenceCatalog;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * Validates one FHIR resource against section 2 of the standard and converts it to its canonical record,
 * reporting every issue found. The resource's logical id must already be set (from the URL, the Bundle entry,
 * or the server for a create). Thread-safe; HAPI getters may add empty elements to the caller's resource.
 */
public final class FhirResourceConverter {

    // Ids that cannot be in a RecordKey still get the rest of the resource checked under this one.
    private static final String UNUSABLE_ID = "-";

    private final FhirJson json = new FhirJson();
    private final OrganizationConverter organizations;
    private final PractitionerConverter practitioners;
    private final PractitionerRoleConverter practitionerRoles;
    private final PatientConverter patients;
    private final EpisodeOfCareConverter episodes;
    private final EncounterConverter encounters;
    private final ClaimConverter claims;

    public FhirResourceConverter(ReferenceCatalog catalog, Clock clock) {
        Objects.requireNonNull(catalog, "catalog");
        FhirDates dates = new FhirDates(Objects.requireNonNull(clock, "clock"));
        organizations = new OrganizationConverter(catalog);
        practitioners = new PractitionerConverter(dates);
        practitionerRoles = new PractitionerRoleConverter(catalog, dates);
        patients = new PatientConverter(catalog, dates);
        episodes = new EpisodeOfCareConverter(dates);
        encounters = new EncounterConverter(dates);
        claims = new ClaimConverter(catalog, dates);
    }

    /** Converts a resource as received: its stored and canonical contents come from the received JSON. */
    public Conversion convert(SourceSystem source, ParsedResource parsed) {
        Objects.requireNonNull(parsed, "parsed");
        if (!parsed.isParsed()) {
            return Conversion.rejected(parsed.issues());
        }
        Conversion conversion = convert(source, parsed.resource(), parsed.tree());
        if (conversion.isAccepted() && parsed.receivedText().isPresent() && !FhirTree.hasVersionMeta(parsed.tree())) {
            // nothing to change: store the text as received, verbatim (and spare writing it again)
            return Conversion.accepted(conversion.record(), conversion.canonicalContent(), parsed.receivedText().get());
        }
        return conversion;
    }

    /** Converts a resource built in code (no received JSON): its contents come from HAPI's encoding. */
    public Conversion convert(SourceSystem source, Resource resource) {
        Objects.requireNonNull(resource, "resource");
        IssueCollector dateIssues = new IssueCollector();
        DateElements.checkDates(resource, resource.fhirType(), dateIssues);
        if (!dateIssues.isEmpty()) {
            return Conversion.rejected(dateIssues.issues());
        }
        ObjectNode tree;
        try {
            tree = (ObjectNode) FhirTree.read(json.encode(resource));
        } catch (JsonProcessingException | RuntimeException unreadable) {
            return Conversion.rejected(List.of(new ValidationIssue(resource.fhirType(), IssueCollector.STRUCTURE,
                    "the resource cannot be read: " + unreadable.getMessage())));
        }
        return convert(source, resource, tree);
    }

    private Conversion convert(SourceSystem source, Resource resource, ObjectNode tree) {
        Objects.requireNonNull(source, "source");
        String type = resource.fhirType();
        if (!FhirJson.ACCEPTED_TYPES.contains(type)) {
            return Conversion.rejected(List.of(new ValidationIssue(type, IssueCollector.NOT_SUPPORTED,
                    "resource type " + type + " is not accepted: send one of "
                            + String.join(", ", FhirJson.ACCEPTED_TYPES))));
        }
        IssueCollector issues = new IssueCollector();
        String id = id(resource, type, issues);
        CanonicalRecord record;
        try {
            record = convert(new RecordKey(source, type, id == null ? UNUSABLE_ID : id), resource, issues);
        } catch (RuntimeException unreadable) {
            // HAPI throws on some values it accepted while parsing (a time in a date element); the sender must
            // get an issue, never a server error.
            issues.structure(type, "the resource cannot be read: " + unreadable.getMessage());
            return Conversion.rejected(issues.issues());
        }
        if (!issues.isEmpty() || id == null) {
            return Conversion.rejected(issues.issues());
        }
        return Conversion.accepted(record, FhirTree.canonical(tree), FhirTree.stored(tree, id));
    }

    private static String id(Resource resource, String type, IssueCollector issues) {
        String id = resource.hasIdElement() ? resource.getIdElement().getIdPart() : null;
        if (id == null || id.isEmpty()) {
            issues.required(type + ".id", "the id is required: send the resource with PUT " + type
                    + "/<id>, or as a Bundle entry that gives it an id");
            return null;
        }
        if (!FhirJson.ID.matcher(id).matches()) {
            issues.invalid(type + ".id", "id " + shown(id) + " is not a FHIR id: use 1-64 of A-Z, a-z, 0-9, '-'"
                    + " and '.'");
            return null;
        }
        return id;
    }

    private CanonicalRecord convert(RecordKey key, Resource resource, IssueCollector issues) {
        if (resource instanceof Organization organization) {
            return organizations.convert(key, organization, issues);
        } else if (resource instanceof Practitioner practitioner) {
            return practitioners.convert(key, practitioner, issues);
        } else if (resource instanceof PractitionerRole role) {
            return practitionerRoles.convert(key, role, issues);
        } else if (resource instanceof Patient patient) {
            return patients.convert(key, patient, issues);
        } else if (resource instanceof EpisodeOfCare episode) {
            return episodes.convert(key, episode, issues);
        } else if (resource instanceof Encounter encounter) {
            return encounters.convert(key, encounter, issues);
        } else if (resource instanceof Claim claim) {
            return claims.convert(key, claim, issues);
        }
        throw new IllegalStateException("no converter for accepted type " + resource.fhirType());
    }

}
