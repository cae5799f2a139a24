package kz.egmis.ingestion.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.CareTeamMember;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;
import kz.egmis.ingestion.domain.EncounterRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.ingestion.internal.StoredOutcome;
import kz.egmis.ingestion.internal.StoredOutcome.Kind;
import kz.egmis.ingestion.internal.Submission;
import kz.egmis.platform.SourceSystem;
import kz.egmis.testing.EgmisServerTest;

@EgmisServerTest
class RecordStoreTest {

    static final Iin PATIENT = Iin.of(LocalDate.of(1980, 4, 2), Sex.FEMALE, 17);
    static final Iin DOCTOR = Iin.of(LocalDate.of(1975, 1, 9), Sex.MALE, 3);
    static final Bin CLINIC = Bin.of(java.time.YearMonth.of(2004, 5), 4, 1234);

    @Autowired
    RecordStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_first_record_is_version_1_and_its_canonical_rows_are_written() {
        StoredOutcome outcome = storeOne(claim("store-a", "c1", 2));
        assertThat(outcome.kind()).isEqualTo(Kind.CREATED);
        assertThat(outcome.version()).isEqualTo(1);
        assertThat(count("claim_item where source_system = 'store-a' and claim_id = 'c1'")).isEqualTo(2);
        assertThat(jdbc.sql("select patient_iin from claim where source_system = 'store-a' and resource_id = 'c1'")
                .query(String.class).single()).isEqualTo(PATIENT.value());
    }

    @Test
    void the_same_content_again_is_unchanged_and_makes_no_new_version() {
        StoredOutcome first = storeOne(claim("store-b", "c1", 2));
        StoredOutcome again = storeOne(claim("store-b", "c1", 2));
        assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(again.version()).isEqualTo(1);
        assertThat(again.versionId()).isEqualTo(first.versionId());
        assertThat(count("resource_version where source_system = 'store-b'")).isEqualTo(1);
    }

    @Test
    void new_content_is_a_new_version_every_version_is_kept_and_the_canonical_rows_follow_the_latest() {
        storeOne(claim("store-c", "c1", 3));
        StoredOutcome updated = storeOne(claim("store-c", "c1", 1));
        assertThat(updated.kind()).isEqualTo(Kind.UPDATED);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(count("resource_version where source_system = 'store-c' and resource_id = 'c1'")).isEqualTo(2);
        assertThat(count("claim_item where source_system = 'store-c'")).isEqualTo(1);
        assertThat(jdbc.sql("select version from resource_current where source_system = 'store-c'").query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void two_versions_of_one_record_in_one_batch_are_stored_in_order() {
        List<StoredOutcome> outcomes = store.store(List.of(submission(claim("store-d", "c1", 1)),
                submission(claim("store-d", "c1", 2)), submission(claim("store-d", "c1", 2))));
        assertThat(outcomes).extracting(StoredOutcome::kind).containsExactly(Kind.CREATED, Kind.UPDATED, Kind.UNCHANGED);
        assertThat(outcomes).extracting(StoredOutcome::version).containsExactly(1, 2, 2);
        assertThat(count("claim_item where source_system = 'store-d'")).isEqualTo(2);
    }

    @Test
    void records_of_different_types_or_sources_with_the_same_id_are_different_records() {
        storeOne(claim("store-e", "x", 1));
        storeOne(claim("store-f", "x", 1));
        StoredOutcome encounter = storeOne(encounter("store-e", "x"));
        assertThat(encounter.kind()).isEqualTo(Kind.CREATED);
        assertThat(count("resource_current where resource_id = 'x' and source_system in ('store-e', 'store-f')")).isEqualTo(3);
    }

    @Test
    void concurrent_senders_of_the_same_new_record_do_not_fail_or_duplicate_it() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StoredOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<StoredOutcome> task = () -> storeOne(claim("store-g", "same", 1));
                results.add(pool.submit(task));
            }
            long created = 0;
            for (Future<StoredOutcome> result : results) {
                created += result.get().kind() == Kind.CREATED ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(count("resource_version where source_system = 'store-g'")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private StoredOutcome storeOne(kz.egmis.ingestion.domain.CanonicalRecord record) {
        return store.store(List.of(submission(record))).get(0);
    }

    private static Submission submission(kz.egmis.ingestion.domain.CanonicalRecord record) {
        return new Submission(record, record.toString(), record.toString(), "test", "RecordStoreTest", null);
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    static ClaimRecord claim(String source, String id, int items) {
        List<ClaimItem> lines = new ArrayList<>();
        for (int sequence = 1; sequence <= items; sequence++) {
            lines.add(new ClaimItem(sequence, "AMB001", LocalDate.of(2026, 3, sequence), LocalDate.of(2026, 3, sequence),
                    BigDecimal.ONE, new BigDecimal("7400.00"), new BigDecimal("7400.00"), List.of(1),
                    List.of(Reference.literal("Encounter", "e" + sequence))));
        }
        return new ClaimRecord(new RecordKey(new SourceSystem(source), "Claim", id), ClaimRecord.FROM_FHIR, "active",
                "professional", Reference.person("Patient", PATIENT), Reference.organization(CLINIC), "GOBMP",
                LocalDate.of(2026, 3, 31), "J06.9", new BigDecimal("7400.00").multiply(BigDecimal.valueOf(items)),
                List.of(new CareTeamMember(1, Reference.person("Practitioner", DOCTOR))), lines);
    }

    static EncounterRecord encounter(String source, String id) {
        return new EncounterRecord(new RecordKey(new SourceSystem(source), "Encounter", id), "finished", "AMB",
                Reference.literal("Patient", "p1"), Reference.organization(CLINIC),
                List.of(Reference.person("Practitioner", DOCTOR)), java.time.Instant.parse("2026-03-01T04:00:00Z"),
                java.time.Instant.parse("2026-03-01T04:20:00Z"), "J06.9");
    }
}
