package kz.egmis.ingestion.internal.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Claim.CareTeamComponent;
import org.hl7.fhir.r4.model.Claim.ClaimStatus;
import org.hl7.fhir.r4.model.Claim.DiagnosisComponent;
import org.hl7.fhir.r4.model.Claim.Use;
import org.hl7.fhir.r4.model.Identifier;

import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.CareTeamMember;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.reference.FundingStream;
import kz.egmis.reference.ReferenceCatalog;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * Claim: the bill to the fund. A cancelled or entered-in-error claim is kept too: it withdraws what an earlier
 * version billed.
 */
final class ClaimConverter {

    private static final Set<ClaimStatus> STATUSES = Set.of(ClaimStatus.ACTIVE, ClaimStatus.CANCELLED,
            ClaimStatus.ENTEREDINERROR);
    private static final List<String> TYPES = List.of("institutional", "professional", "pharmacy");
    private static final String FUNDING_LOCATION = "Claim.insurance[0].coverage.identifier";

    private final ReferenceCatalog catalog;
    private final FhirDates dates;
    private final ClaimItemConverter items;

    ClaimConverter(ReferenceCatalog catalog, FhirDates dates) {
        this.catalog = catalog;
        this.dates = dates;
        this.items = new ClaimItemConverter(catalog, dates);
    }

    ClaimRecord convert(RecordKey key, Claim claim, IssueCollector issues) {
        String status = status(claim, issues);
        String type = type(claim, issues);
        if (!claim.hasUse()) {
            issues.required("Claim.use", "use is required: send claim");
        } else if (claim.getUse() != Use.CLAIM) {
            issues.value("Claim.use", "use " + shown(claim.getUse().toCode()) + " is not accepted: EGMIS takes"
                    + " bills only; send claim");
        }
        Reference patient = FhirReferences.required(claim.getPatient(), "Claim.patient", "Patient", issues);
        LocalDate created = null;
        if (!claim.hasCreated()) {
            issues.required("Claim.created", "the creation date is required: send created, e.g. 2024-03-01");
        } else {
            created = dates.day(claim.getCreatedElement(), "Claim.created", issues);
        }
        Reference provider = FhirReferences.required(claim.getProvider(), "Claim.provider", "Organization", issues);
        String funding = funding(claim, ClaimStatus.ACTIVE.toCode().equals(status), issues);
        // Every valid sequence counts for the items, even one whose provider is wrong (that is one issue, not two).
        Set<Integer> careTeamSequences = new HashSet<>();
        List<CareTeamMember> careTeam = careTeam(claim, careTeamSequences, issues);
        String diagnosis = diagnosis(claim, issues);
        List<ClaimItem> converted = items.convert(claim.getItem(), careTeamSequences, issues);
        BigDecimal total = FhirMoney.amount(claim.getTotal(), "Claim.total", issues);
        if (!issues.isEmpty()) {
            return null;
        }
        return new ClaimRecord(key, ClaimRecord.FROM_FHIR, status, type, patient, provider, funding, created,
                diagnosis, total, careTeam, converted);
    }

    private static String status(Claim claim, IssueCollector issues) {
        if (!claim.hasStatus()) {
            issues.required("Claim.status", "the status is required: send active");
            return null;
        }
        if (!STATUSES.contains(claim.getStatus())) {
            issues.value("Claim.status", "status " + shown(claim.getStatus().toCode()) + " is not accepted: send"
                    + " active, or cancelled or entered-in-error to withdraw a claim");
            return null;
        }
        return claim.getStatus().toCode();
    }

    // The claim-type system is expected, but a coding without a system is read as one too.
    private static String type(Claim claim, IssueCollector issues) {
        List<org.hl7.fhir.r4.model.Coding> codings = claim.getType().getCoding();
        for (int index = 0; index < codings.size(); index++) {
            String system = codings.get(index).getSystem();
            if (system == null || CodeSystems.CLAIM_TYPE.equals(system)) {
                String code = codings.get(index).getCode();
                if (!TYPES.contains(code)) {
                    issues.unknownCode("Claim.type.coding[" + index + "].code", "claim type " + shown(code)
                            + " is not accepted: send one of " + String.join(", ", TYPES));
                    return null;
                }
                return code;
            }
        }
        issues.required("Claim.type", "the claim type is required: send a coding with system "
                + CodeSystems.CLAIM_TYPE + " and one of " + String.join(", ", TYPES));
        return null;
    }

    private String funding(Claim claim, boolean required, IssueCollector issues) {
        boolean sent = claim.hasInsurance() && claim.getInsurance().get(0).hasCoverage()
                && claim.getInsurance().get(0).getCoverage().hasIdentifier();
        if (!sent) {
            if (required) {
                issues.required(FUNDING_LOCATION, "an active claim must name its funding stream: send"
                        + " insurance[0].coverage as {\"identifier\": {\"system\": \"" + CodeSystems.FUNDING
                        + "\", \"value\": \"" + String.join("\"} or \"", fundingCodes()) + "\"}}");
            }
            return null;
        }
        Identifier identifier = claim.getInsurance().get(0).getCoverage().getIdentifier();
        if (!CodeSystems.FUNDING.equals(identifier.getSystem())) {
            issues.value(FUNDING_LOCATION + ".system", "system " + shown(identifier.getSystem()) + " does not name"
                    + " a funding stream: send " + CodeSystems.FUNDING);
            return null;
        }
        if (!identifier.hasValue()) {
            issues.required(FUNDING_LOCATION + ".value", "the funding stream is missing: send one of "
                    + String.join(", ", fundingCodes()));
            return null;
        }
        if (!catalog.isKnownFunding(identifier.getValue())) {
            issues.unknownCode(FUNDING_LOCATION + ".value", "funding stream " + shown(identifier.getValue())
                    + " is unknown: send one of " + String.join(", ", fundingCodes()));
            return null;
        }
        return identifier.getValue();
    }

    private List<String> fundingCodes() {
        return catalog.fundingStreams().stream().map(FundingStream::code).toList();
    }

    private static List<CareTeamMember> careTeam(Claim claim, Set<Integer> sequences, IssueCollector issues) {
        List<CareTeamMember> members = new ArrayList<>();
        List<CareTeamComponent> careTeam = claim.getCareTeam();
        for (int index = 0; index < careTeam.size(); index++) {
            String location = "Claim.careTeam[" + index + "]";
            Integer sequence = Sequences.unique(careTeam.get(index).getSequenceElement(), location + ".sequence",
                    sequences, issues);
            Reference practitioner = FhirReferences.required(careTeam.get(index).getProvider(),
                    location + ".provider", "Practitioner", issues);
            if (sequence != null && practitioner != null) {
                members.add(new CareTeamMember(sequence, practitioner));
            }
        }
        return members;
    }

    /** The ICD-10 code of the first diagnosis; every diagnosis sent is checked. */
    private static String diagnosis(Claim claim, IssueCollector issues) {
        String first = null;
        List<DiagnosisComponent> diagnoses = claim.getDiagnosis();
        for (int index = 0; index < diagnoses.size(); index++) {
            String location = "Claim.diagnosis[" + index + "]";
            DiagnosisComponent diagnosis = diagnoses.get(index);
            if (diagnosis.hasDiagnosisReference()) {
                issues.notSupported(location + ".diagnosisReference", "a diagnosis by reference is not supported:"
                        + " send diagnosisCodeableConcept with an ICD-10 coding (system " + CodeSystems.ICD_10 + ")");
            } else if (diagnosis.hasDiagnosisCodeableConcept()) {
                String code = FhirCodes.icd10(FhirCodes.codings(diagnosis.getDiagnosisCodeableConcept(),
                        location + ".diagnosisCodeableConcept", CodeSystems.ICD_10), issues);
                first = index == 0 ? code : first;
            }
        }
        return first;
    }
}
