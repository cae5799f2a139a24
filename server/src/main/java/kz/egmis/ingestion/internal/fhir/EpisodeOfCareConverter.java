package kz.egmis.ingestion.internal.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.EpisodeOfCare;

import kz.egmis.ingestion.domain.AttachmentRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/** EpisodeOfCare of type attachment: a person's attachment to a PHC facility, over an inclusive period. */
final class EpisodeOfCareConverter {

    private static final String ATTACHMENT = "attachment";

    private final FhirDates dates;

    EpisodeOfCareConverter(FhirDates dates) {
        this.dates = dates;
    }

    AttachmentRecord convert(RecordKey key, EpisodeOfCare episode, IssueCollector issues) {
        checkType(episode, issues);
        Reference patient = FhirReferences.required(episode.getPatient(), "EpisodeOfCare.patient", "Patient",
                issues);
        Reference organization = FhirReferences.required(episode.getManagingOrganization(),
                "EpisodeOfCare.managingOrganization", "Organization", issues);
        FhirDates.DayRange period = dates.days(episode.getPeriod(), "EpisodeOfCare.period", true, issues);
        if (!issues.isEmpty()) {
            return null;
        }
        return new AttachmentRecord(key, AttachmentRecord.FROM_EPISODE_OF_CARE, patient, organization,
                period.start(), period.end());
    }

    // The only episodes EGMIS takes are PHC attachments; any other would be read as one.
    private static void checkType(EpisodeOfCare episode, IssueCollector issues) {
        List<FhirCodes.LocatedCoding> codings = FhirCodes.codings(episode.getType(), "EpisodeOfCare.type",
                CodeSystems.EPISODE_TYPE);
        if (codings.isEmpty()) {
            issues.required("EpisodeOfCare.type", "the episode type is required: send a coding with system "
                    + CodeSystems.EPISODE_TYPE + " and code " + ATTACHMENT);
            return;
        }
        if (codings.stream().noneMatch(coding -> ATTACHMENT.equals(coding.code()))) {
            issues.unknownCode(codings.get(0).codeLocation(), "episode type " + shown(codings.get(0).code())
                    + " is not accepted: EGMIS takes EpisodeOfCare of type " + ATTACHMENT + " only");
        }
    }
}
