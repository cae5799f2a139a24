package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.PATIENT_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.episodeOfCare;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.AttachmentRecord;
import kz.egmis.ingestion.domain.Reference;

class EpisodeOfCareConversionTest {

    @Test
    void a_valid_attachment_becomes_an_open_attachment_record() {
        assertThat(convert(episodeOfCare()).record()).isEqualTo(new AttachmentRecord(key("EpisodeOfCare", "att-1"),
                AttachmentRecord.FROM_EPISODE_OF_CARE, Reference.person("Patient", PATIENT_IIN),
                Reference.literal("Organization", "org-1"), LocalDate.of(2024, 1, 1), null));
    }

    @Test
    void an_ended_attachment_keeps_its_last_day_whatever_its_status() {
        EpisodeOfCare episode = episodeOfCare();
        episode.setStatus(EpisodeOfCareStatus.FINISHED);
        episode.getPeriod().getEndElement().setValueAsString("2024-06-30T23:59:00+05:00");

        assertThat(((AttachmentRecord) convert(episode).record()).end()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void an_episode_of_another_type_is_rejected() {
        EpisodeOfCare episode = episodeOfCare();
        episode.getTypeFirstRep().getCodingFirstRep().setCode("hacc");

        assertThat(rejectedAt(episode, "EpisodeOfCare.type[0].coding[0].code", "code-invalid").message())
                .contains("attachment");
    }

    @Test
    void an_attachment_may_carry_other_codings_besides() {
        EpisodeOfCare episode = episodeOfCare();
        episode.getTypeFirstRep().getCoding().add(0, new Coding("urn:kz:egmis:episode-type", "dispensary", null));
        episode.getTypeFirstRep().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/episodeofcare-type",
                "pac", null));

        assertThat(convert(episode).isAccepted()).isTrue();
    }

    @Test
    void an_episode_without_the_episode_type_is_rejected() {
        EpisodeOfCare episode = episodeOfCare();
        episode.getType().clear();

        rejectedAt(episode, "EpisodeOfCare.type", "required");
    }

    @Test
    void patient_organization_and_start_are_required() {
        EpisodeOfCare episode = episodeOfCare();
        episode.setPatient(null);
        episode.setManagingOrganization(null);
        episode.setPeriod(null);

        rejectedAt(episode, "EpisodeOfCare.patient", "required");
        rejectedAt(episode, "EpisodeOfCare.managingOrganization", "required");
        rejectedAt(episode, "EpisodeOfCare.period.start", "required");
    }

    @Test
    void an_end_without_a_start_is_rejected() {
        EpisodeOfCare episode = episodeOfCare();
        episode.getPeriod().setStart(null).getEndElement().setValueAsString("2024-06-30");

        rejectedAt(episode, "EpisodeOfCare.period.start", "required");
    }

    @Test
    void an_attachment_ending_before_it_starts_is_rejected() {
        EpisodeOfCare episode = episodeOfCare();
        episode.getPeriod().getEndElement().setValueAsString("2023-12-31");

        rejectedAt(episode, "EpisodeOfCare.period.end", "value");
    }

    @Test
    void a_patient_named_by_a_bin_is_rejected() {
        EpisodeOfCare episode = episodeOfCare();
        episode.getPatient().getIdentifier().setSystem("urn:kz:bin");

        rejectedAt(episode, "EpisodeOfCare.patient.identifier.system", "value");
    }
}
