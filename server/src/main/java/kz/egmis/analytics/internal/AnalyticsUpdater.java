package kz.egmis.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.ingestion.RecordsStored;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.ServiceDefinition;

/**
 * Replaces the facts of the records an update touched and recomputes the figures they belong to, in one transaction;
 * a full update is the same statements with every record touched, so both give the same tables. Updates run one at
 * a time.
 */
@Component
class AnalyticsUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsUpdater.class);
    private static final String WORK_TABLES = "analytics_touched_claim, analytics_touched_encounter,"
            + " analytics_touched_attachment, analytics_dirty_person, analytics_dirty_attachment_person,"
            + " analytics_dirty_practitioner_day, analytics_cell_delta, analytics_dirty_cell_patient,"
            + " analytics_dirty_median_cell";
    private static final String FIGURE_TABLES = "analytics_item, analytics_item_practitioner, analytics_encounter,"
            + " analytics_attachment, analytics_month, analytics_person_month, analytics_person_attached,"
            + " analytics_facility_month, analytics_facility_attached, analytics_practitioner_day,"
            + " analytics_practitioner_month, analytics_cell_patient, analytics_facility_practitioner_day";
    private static final String MONTHS = "select month_index from analytics_month where facts > 0 order by month_index";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReferenceCatalog catalog;

    AnalyticsUpdater(JdbcTemplate jdbc, TransactionTemplate transactions, ReferenceCatalog catalog) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.catalog = catalog;
    }

    synchronized AnalyticsUpdates.Figures updateAll() {
        long started = System.nanoTime();
        AnalyticsUpdates.Figures figures = transactions.execute(status -> {
            jdbc.execute("truncate " + FIGURE_TABLES + ", " + WORK_TABLES);
            jdbc.update("insert into analytics_touched_claim select source_system, resource_id from claim");
            jdbc.update("insert into analytics_touched_encounter select source_system, resource_id from encounter");
            jdbc.update("insert into analytics_touched_attachment select source_system, origin_type, attachment_id"
                    + " from attachment");
            return apply(true, started);
        });
        jdbc.execute("analyze " + FIGURE_TABLES);
        LOG.info("Analytics recomputed from every record in {} ms", figures.durationMs());
        return figures;
    }

    /** Whether no month has figures although claims or encounters were received. */
    boolean isEmptyWhileDataExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select not exists (select 1 from analytics_month)"
                + " and (exists (select 1 from claim) or exists (select 1 from encounter))", Boolean.class));
    }

    /** The records of one or more ingests of one source system. */
    synchronized AnalyticsUpdates.Figures update(String source, List<RecordsStored.StoredRecord> records) {
        if (records.stream().anyMatch(record -> "Organization".equals(record.type()))) {
            // an organization's BIN reaches every record that names it by id: recompute everything
            return updateAll();
        }
        long started = System.nanoTime();
        return transactions.execute(status -> {
            jdbc.execute("truncate " + WORK_TABLES);
            touch(source, records);
            return apply(false, started);
        });
    }

    private void touch(String source, List<RecordsStored.StoredRecord> records) {
        Map<String, List<Object[]>> byType = new TreeMap<>();
        for (RecordsStored.StoredRecord record : records) {
            byType.computeIfAbsent(record.type(), type -> new ArrayList<>()).add(new Object[] {source, record.id()});
        }
        batch("insert into analytics_touched_claim values (?, ?) on conflict do nothing", byType.get("Claim"));
        batch("insert into analytics_touched_encounter values (?, ?) on conflict do nothing", byType.get("Encounter"));
        for (String origin : List.of("EpisodeOfCare", "attachment-registry")) {
            batch("insert into analytics_touched_attachment values (?, '" + origin + "', ?) on conflict do nothing",
                    byType.get(origin));
        }
        // records that name an arriving Patient or Practitioner by a literal reference resolve to it now
        batch("insert into analytics_touched_claim select source_system, resource_id from claim where patient_iin is null"
                + " and source_system = ? and patient_resource_id = ? on conflict do nothing", byType.get("Patient"));
        batch("insert into analytics_touched_encounter select source_system, resource_id from encounter"
                + " where patient_iin is null and source_system = ? and patient_resource_id = ? on conflict do nothing",
                byType.get("Patient"));
        batch("insert into analytics_touched_attachment select source_system, origin_type, attachment_id from attachment"
                + " where patient_iin is null and source_system = ? and patient_resource_id = ? on conflict do nothing",
                byType.get("Patient"));
        batch("insert into analytics_touched_claim select distinct source_system, claim_id from claim_care_team"
                + " where practitioner_iin is null and source_system = ? and practitioner_resource_id = ?"
                + " on conflict do nothing", byType.get("Practitioner"));
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows != null && !rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private AnalyticsUpdates.Figures apply(boolean full, long started) {
        loadServices();
        List<Integer> monthsBefore = jdbc.queryForList(MONTHS, Integer.class);
        // work lists change size with every update: without statistics the planner scans whole tables for a few rows
        jdbc.execute("analyze analytics_touched_claim, analytics_touched_encounter, analytics_touched_attachment");
        run(FactStatements.markDirty());
        jdbc.execute("analyze analytics_dirty_attachment_person");
        jdbc.update(FactStatements.cellContributions("-"));
        run(FactStatements.countMonths("-"));
        run(FactStatements.deleteFacts());
        // attachments first: the new items are judged attached or not against them
        run(PersonStatements.replaceAttachments());
        analyzeWhen(full, "analytics_attachment");
        run(FactStatements.insertFacts());
        // the planner must know the new facts' size before the figures are computed from them
        analyzeWhen(full, "analytics_item, analytics_item_practitioner, analytics_encounter");
        run(FactStatements.countMonths(""));
        run(FactStatements.markDirty());
        jdbc.update(FactStatements.cellContributions(""));
        jdbc.update("delete from analytics_month where facts <= 0");
        if (!monthsBefore.equals(jdbc.queryForList(MONTHS, Integer.class))) {
            jdbc.update(PersonStatements.everyAttachedPerson());
        }
        jdbc.execute("analyze analytics_dirty_person, analytics_dirty_attachment_person, analytics_dirty_cell_patient,"
                + " analytics_dirty_practitioner_day");
        run(PersonStatements.replacePersonMonths());
        analyzeWhen(full, "analytics_person_month");
        run(PersonStatements.replaceAttachedCounts());
        run(CellStatements.updateFacilityMonths());
        run(CellStatements.replacePractitionerFigures());
        return new AnalyticsUpdates.Figures(full, count("analytics_touched_claim"), count("analytics_touched_encounter"),
                count("analytics_touched_attachment"), (System.nanoTime() - started) / 1_000_000);
    }

    private void run(List<String> statements) {
        for (String statement : statements) {
            long started = System.nanoTime();
            int rows = jdbc.update(statement);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} ms, {} rows: {}", (System.nanoTime() - started) / 1_000_000, rows,
                        statement.strip().replaceAll("\\s+", " ").substring(0, Math.min(90, statement.strip().length())));
            }
        }
    }

    private void analyzeWhen(boolean full, String tables) {
        if (full) {
            jdbc.execute("analyze " + tables);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The catalog in force gives minutes and settings: a replaced catalog changes figures updated after it. */
    private void loadServices() {
        jdbc.update("delete from analytics_service");
        List<Object[]> services = new ArrayList<>();
        for (ServiceDefinition service : catalog.services()) {
            services.add(new Object[] {service.code(), service.setting().name(), service.minutes()});
        }
        jdbc.batchUpdate("insert into analytics_service (code, setting, minutes) values (?, ?, ?)", services);
    }
}
