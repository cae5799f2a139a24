package kz.egmis.screening.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prepares a scoped pass: brings the screening tables up to date for the records ingests touched, and fills the
 * scope tables with what may have changed because of them: the patients, the practitioners on the days concerned,
 * and the claims of either (see {@link ScopeKind}). The people come from each record's rows both before the
 * refresh (what the record said when it was last screened, so findings it no longer supports are judged again)
 * and after it (what it says now).
 */
final class ScreeningScope {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningScope.class);

    /** The day bounds that stand for "every day" (epoch days; calendar_day spans 1900-2199). */
    static final int EVERY_DAY_FROM = -1_000_000;
    static final int EVERY_DAY_TO = 1_000_000;

    private static final String JOIN_REFRESHED = "join screening_refresh_record r on r.source_system = %s.source_system"
            + " and r.record_type = %s and r.record_id = %s.%s ";

    // The patients a record's rows name; a claim also names the patients of the encounters it bills.
    private static final String PATIENTS = "insert into screening_scope_patient (iin) select distinct iin from ("
            + "select c.patient_iin as iin from screening_claim_item c " + joined("c", "'Claim'", "claim_id")
            + "union all select e.patient_iin from screening_encounter e " + joined("e", "'Encounter'", "encounter_id")
            + "union all select e.patient_iin from screening_encounter_claim_item x " + joined("x", "'Claim'", "claim_id")
            + "join screening_encounter e on e.source_system = x.source_system and e.encounter_id = x.encounter_id "
            + "union all select a.patient_iin from screening_attachment_record a " + joined("a", "a.origin_type", "attachment_id")
            + "union all select p.iin from screening_person_record p " + joined("p", "p.record_type", "record_id")
            + "where p.record_type <> 'Practitioner') named where iin is not null on conflict do nothing";

    // The practitioners a record's rows name, with the days they are named for.
    private static final String PRACTITIONERS = "insert into screening_scope_practitioner (iin, first_day, last_day) "
            + "select distinct iin, first_day, last_day from ("
            + "select p.practitioner_iin as iin, p.start_day as first_day, p.start_day as last_day "
            + "from screening_item_practitioner p " + joined("p", "'Claim'", "claim_id")
            + "union all select e.practitioner_iin, e.day, e.day from screening_encounter_presence e "
            + joined("e", "'Encounter'", "encounter_id")
            + "union all select e.practitioner_iin, e.day, e.day from screening_encounter_claim_item x "
            + joined("x", "'Claim'", "claim_id") + "join screening_encounter_presence e "
            + "on e.source_system = x.source_system and e.encounter_id = x.encounter_id "
            + "union all select s.practitioner_iin, coalesce(s.start_day, " + EVERY_DAY_FROM + "), coalesce(s.end_day, "
            + EVERY_DAY_TO + ") from screening_role_specialty s " + joined("s", "'PractitionerRole'", "role_id")
            + "union all select p.iin, " + EVERY_DAY_FROM + ", " + EVERY_DAY_TO + " from screening_person_record p "
            + joined("p", "p.record_type", "record_id") + "where p.record_type = 'Practitioner'"
            + ") named where iin is not null on conflict do nothing";

    // A Patient or Practitioner that now names another IIN (or none): records that name it by its id were resolved to
    // the old IIN, and only a full pass finds them all.
    private static final String IDENTITY_CHANGED = "select count(*) from screening_person_record m "
            + joined("m", "m.record_type", "record_id") + "where m.record_type in ('Patient', 'Practitioner') "
            + "and m.iin is not null and m.iin is distinct from (select d.iin from resolved_person_record d "
            + "where d.source_system = m.source_system and d.record_type = m.record_type and d.record_id = m.record_id)";

    // The amount of DECEASED_ATTACHMENT grows with today for a dead patient's attachment still open.
    private static final String TODAY_DEPENDENT = "insert into screening_scope_patient (iin) select distinct a.patient_iin "
            + "from screening_death d join screening_attachment a on a.patient_iin = d.iin "
            + "where a.effective_end_day is null or a.effective_end_day > d.death_day + 30 on conflict do nothing";

    private static final String CLAIMS = "insert into screening_scope_claim (source_system, claim_id, claim_ref) "
            + "select distinct c.source_system, c.claim_id, c.claim_ref from screening_claim_item c "
            + "where c.patient_iin in (select iin from screening_scope_patient) "
            + "union select p.source_system, p.claim_id, p.source_system || '/Claim/' || p.claim_id "
            + "from screening_item_practitioner p where p.practitioner_iin in (select iin from screening_scope_practitioner) "
            + "and exists (select 1 from screening_scope_practitioner s where s.iin = p.practitioner_iin "
            + "and p.start_day between s.first_day and s.last_day) "
            + "union select source_system, record_id, source_system || '/Claim/' || record_id "
            + "from screening_refresh_record where record_type = 'Claim'";

    private record RecordGroup(String source, String type, List<String> ids) {
    }

    /** How big the scope of a pass was. */
    record Size(long records, long patients, long practitionerDays, long claims) {
    }

    private final JdbcTemplate jdbc;
    private final ScreeningTables tables;

    ScreeningScope(JdbcTemplate jdbc, ScreeningTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /**
     * Refreshes the tables for the touched records and fills the scope. Answers null when only a full pass can
     * screen these changes correctly (an organization, or the IIN of a Patient or Practitioner others name, changed).
     */
    Size prepare(TouchedRecords touched, boolean todayChanged) {
        if (touched.containsType("Organization")) {
            return null;
        }
        jdbc.execute("truncate screening_refresh_record, screening_scope_patient, screening_scope_practitioner,"
                + " screening_scope_claim");
        timed("records", () -> {
            touched.forEach((source, type, ids) -> jdbc.update("insert into screening_refresh_record (source_system,"
                    + " record_type, record_id) select ?, ?, unnest(?::text[]) on conflict do nothing", source, type,
                    ids.toArray(String[]::new)));
            // records that name a newly arrived Patient or Practitioner by its id are resolved again
            jdbc.update("insert into screening_refresh_record (source_system, record_type, record_id) "
                    + "select distinct d.source_system, d.record_type, d.record_id from screening_dangling_reference d "
                    + "join screening_refresh_record r on r.source_system = d.source_system and r.record_type = d.target_type "
                    + "and r.record_id = d.target_id on conflict do nothing");
            jdbc.execute("analyze screening_refresh_record");
        });
        if (jdbc.queryForObject(IDENTITY_CHANGED, Long.class) > 0) {
            return null;
        }
        timed("people before", this::collectPeople);
        timed("refresh", () -> {
            List<RecordGroup> groups = jdbc.query("select source_system, record_type, array_agg(record_id)"
                    + " from screening_refresh_record group by 1, 2", (row, number) -> new RecordGroup(row.getString(1),
                    row.getString(2), List.of((String[]) row.getArray(3).getArray())));
            for (RecordGroup group : groups) {
                tables.refresh(group.source(), group.type(), group.ids());
            }
        });
        timed("people after", this::collectPeople);
        // a person's death and demographics come from their Patient and death records and the claims naming them
        timed("people's tables", () -> tables.refreshPeople(jdbc.queryForList("select iin from screening_scope_patient",
                String.class)));
        timed("claims", () -> {
            if (todayChanged) {
                jdbc.update(TODAY_DEPENDENT);
            }
            jdbc.execute("analyze screening_scope_patient");
            jdbc.execute("analyze screening_scope_practitioner");
            jdbc.update(CLAIMS);
            jdbc.execute("analyze screening_scope_claim");
        });
        return new Size(count("screening_refresh_record"), count("screening_scope_patient"),
                count("screening_scope_practitioner"), count("screening_scope_claim"));
    }

    private static void timed(String step, Runnable work) {
        long started = System.nanoTime();
        work.run();
        LOG.debug("Scope {}: {} ms", step, (System.nanoTime() - started) / 1_000_000);
    }

    private void collectPeople() {
        jdbc.update(PATIENTS);
        jdbc.update(PRACTITIONERS);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String joined(String alias, String type, String keyColumn) {
        return String.format(JOIN_REFRESHED, alias, type, alias, keyColumn);
    }
}
