package kz.egmis.ingestion.internal.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterParticipantComponent;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Period;

import kz.egmis.ingestion.domain.EncounterRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/** Encounter: a finished visit or stay, with its exact period (the overlap rules compare instants). */
final class EncounterConverter {

    private static final List<String> CLASSES = List.of("AMB", "IMP", "EMER", "HH", "VR");
    private static final Set<String> KNOWN_CLASSES = Set.copyOf(CLASSES);

    private final FhirDates dates;

    EncounterConverter(FhirDates dates) {
        this.dates = dates;
    }

    EncounterRecord convert(RecordKey key, Encounter encounter, IssueCollector issues) {
        checkStatus(encounter, issues);
        String encounterClass = encounterClass(encounter, issues);
        Reference patient = FhirReferences.required(encounter.getSubject(), "Encounter.subject", "Patient", issues);
        Reference organization = FhirReferences.required(encounter.getServiceProvider(), "Encounter.serviceProvider",
                "Organization", issues);
        List<Reference> participants = participants(encounter, issues);
        Period period = encounter.getPeriod();
        FhirDates.Moment start = required(period, "start", issues);
        FhirDates.Moment end = required(period, "end", issues);
        FhirDates.endsInOrder(start, end, period, "Encounter.period", issues);
        String reason = FhirCodes.icd10(FhirCodes.codings(encounter.getReasonCode(), "Encounter.reasonCode",
                CodeSystems.ICD_10), issues);
        if (!issues.isEmpty()) {
            return null;
        }
        return new EncounterRecord(key, EncounterStatus.FINISHED.toCode(), encounterClass, patient, organization,
                participants, start.start(), end.exclusiveEnd(), reason);
    }

    private static void checkStatus(Encounter encounter, IssueCollector issues) {
        if (!encounter.hasStatus()) {
            issues.required("Encounter.status", "the status is required: send finished");
        } else if (encounter.getStatus() != EncounterStatus.FINISHED) {
            issues.value("Encounter.status", "status " + shown(encounter.getStatus().toCode()) + ": EGMIS accepts"
                    + " finished encounters only; send the encounter once it is finished");
        }
    }

    private static String encounterClass(Encounter encounter, IssueCollector issues) {
        if (!encounter.hasClass_()) {
            issues.required("Encounter.class", "the class is required: send a coding with system "
                    + CodeSystems.ACT_CODE + " and one of " + String.join(", ", CLASSES));
            return null;
        }
        Coding coding = encounter.getClass_();
        if (!CodeSystems.ACT_CODE.equals(coding.getSystem())) {
            issues.value("Encounter.class.system", "system " + shown(coding.getSystem()) + " is not the class"
                    + " system: send " + CodeSystems.ACT_CODE);
        }
        if (!coding.hasCode()) {
            issues.required("Encounter.class.code", "the class code is required: send one of "
                    + String.join(", ", CLASSES));
            return null;
        }
        if (!KNOWN_CLASSES.contains(coding.getCode())) {
            issues.unknownCode("Encounter.class.code", "class " + shown(coding.getCode()) + " is not accepted: send"
                    + " one of " + String.join(", ", CLASSES));
            return null;
        }
        return coding.getCode();
    }

    private static List<Reference> participants(Encounter encounter, IssueCollector issues) {
        List<Reference> participants = new ArrayList<>();
        List<EncounterParticipantComponent> all = encounter.getParticipant();
        for (int index = 0; index < all.size(); index++) {
            // A participant without an individual (only a type or period) names no practitioner: nothing to keep.
            Reference practitioner = FhirReferences.optional(all.get(index).getIndividual(),
                    "Encounter.participant[" + index + "].individual", "Practitioner", issues);
            if (practitioner != null) {
                participants.add(practitioner);
            }
        }
        return participants;
    }

    private FhirDates.Moment required(Period period, String bound, IssueCollector issues) {
        String location = "Encounter.period." + bound;
        boolean isStart = "start".equals(bound);
        if (isStart ? !period.hasStart() : !period.hasEnd()) {
            issues.required(location, "the period " + bound + " is required: send a date-time with offset,"
                    + " e.g. 2024-03-01T09:30:00+05:00");
            return null;
        }
        return dates.moment(isStart ? period.getStartElement() : period.getEndElement(), location, issues);
    }
}
