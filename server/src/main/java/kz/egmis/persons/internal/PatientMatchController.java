package kz.egmis.persons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import kz.egmis.identity.LinkChanges;
import kz.egmis.ingestion.PersonDataReads;
import kz.egmis.security.Caller;
import kz.egmis.security.Role;

/**
 * {@code POST /fhir/Patient/$match} (FHIR R4 Patient $match): Parameters with a Patient in, a searchset Bundle of the
 * stored Patients that match it out, best first, each with {@code search.mode} match, {@code search.score} and the
 * match-grade extension. A source system sees only its own Patients (as on every FHIR read); auditors and
 * administrators see every source's. HAPI parses and writes the FHIR.
 */
@RestController
class PatientMatchController {

    static final String MATCH_GRADE = "http://hl7.org/fhir/StructureDefinition/match-grade";
    private static final Set<Role> CALLERS = Set.of(Role.SOURCE_SYSTEM, Role.AUDITOR, Role.ADMINISTRATOR);
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final PersonRegistry registry;
    private final JdbcTemplate jdbc;
    private final PersonDataReads reads;

    PatientMatchController(PersonRegistry registry, JdbcTemplate jdbc, PersonDataReads reads) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.reads = reads;
    }

    @PostMapping("/fhir/Patient/$match")
    ResponseEntity<String> match(@RequestBody(required = false) String body, HttpServletRequest request) {
        Caller caller = Caller.of(request);
        if (!CALLERS.contains(caller.role())) {
            return outcome(403, OperationOutcome.IssueType.FORBIDDEN, "FORBIDDEN", "Patient/$match is for source "
                    + "systems, auditors and administrators, not " + caller.role() + ".");
        }
        MatchRequest parsed;
        try {
            parsed = MatchRequest.parse(fhir, body);
        } catch (MatchRequest.InvalidRequest invalid) {
            return outcome(400, invalid.type(), "IDENTITY_MATCH_INVALID", invalid.getMessage());
        }
        String onlySource = caller.role() == Role.SOURCE_SYSTEM ? caller.requiredSourceSystem().code() : null;
        List<LinkChanges.Link> matches = registry.read(linker -> linker.match(parsed.probe())).stream()
                .filter(link -> link.record().split("/", 3)[1].equals("Patient"))
                .filter(link -> onlySource == null || link.record().startsWith(onlySource + "/"))
                .filter(link -> !parsed.onlyCertainMatches() || link.grade() == kz.egmis.identity.MatchGrade.CERTAIN)
                .limit(parsed.count()).toList();
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        IParser parser = fhir.newJsonParser();
        List<PersonDataReads.Read> logged = new ArrayList<>();
        String base = request.getRequestURL().toString().replace(request.getRequestURI(), "");
        for (LinkChanges.Link link : matches) {
            String[] parts = link.record().split("/", 3);
            List<String> stored = jdbc.queryForList("select v.raw_content from resource_current c join resource_version v "
                    + "on v.id = c.version_id where c.source_system = ? and c.resource_type = 'Patient' "
                    + "and c.resource_id = ?", String.class, parts[0], parts[2]);
            if (stored.isEmpty()) {
                continue;
            }
            Patient patient = parser.parseResource(Patient.class, stored.get(0));
            patient.setId(parts[2]);
            patient.getMeta().setSource("urn:kz:egmis:source:" + parts[0]);
            Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(base + "/fhir/Patient/" + parts[2])
                    .setResource(patient);
            entry.getSearch().setMode(Bundle.SearchEntryMode.MATCH).setScore(Math.round(link.score() * 1000) / 1000.0);
            entry.getSearch().addExtension(MATCH_GRADE, new CodeType(link.grade().code()));
            String iin = patient.getIdentifier().stream().filter(identifier -> "urn:kz:iin".equals(identifier.getSystem()))
                    .map(identifier -> identifier.getValue()).findFirst().orElse(null);
            logged.add(new PersonDataReads.Read(parts[0], "Patient", parts[2], iin));
        }
        bundle.setTotal(bundle.getEntry().size());
        reads.recordReads(caller.actor(), request.getRequestURI(), logged);
        return ResponseEntity.ok().contentType(FHIR_JSON).body(parser.encodeResourceToString(bundle));
    }

    private ResponseEntity<String> outcome(int status, OperationOutcome.IssueType type, String code, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(code + ": " + message).getDetails().addCoding().setSystem("urn:kz:egmis:error")
                .setCode(code);
        return ResponseEntity.status(status).contentType(FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(outcome));
    }
}
