package kz.egmis.persons.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.identity.LinkChanges;
import kz.egmis.identity.MatchThresholds;
import kz.egmis.identity.MatchWeights;
import kz.egmis.identity.PersonLinker;
import kz.egmis.identity.PersonRecord;
import kz.egmis.ingestion.RecordsStored;
import kz.egmis.platform.StartupFailure;

/**
 * The registry: identity's {@link PersonLinker} in memory, its state in the identity tables. At start it restores the
 * stored links and decisions, estimates the weights from the records that carry an IIN, and links every record not
 * linked yet; after every ingest it links the new person records at once, before the ingest answers. One linking
 * step at a time; if writing a step fails, the memory is rebuilt from the tables.
 */
@Component
class PersonRegistry implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(PersonRegistry.class);

    private final PersonRecordReader reader;
    private final IdentityTables tables;
    private final TransactionTemplate transactions;
    private final MatchThresholds thresholds;
    private PersonLinker linker;
    private final Map<String, PersonRecord> records = new HashMap<>();

    PersonRegistry(PersonRecordReader reader, IdentityTables tables, TransactionTemplate transactions,
                   @Value("${egmis.identity.certain:23}") double certain,
                   @Value("${egmis.identity.probable:17}") double probable,
                   @Value("${egmis.identity.possible:10}") double possible) {
        this.reader = reader;
        this.tables = tables;
        this.transactions = transactions;
        this.thresholds = thresholds(certain, probable, possible);
    }

    private static MatchThresholds thresholds(double certain, double probable, double possible) {
        try {
            return new MatchThresholds(certain, probable, possible);
        } catch (IllegalArgumentException wrong) {
            throw new StartupFailure("EGMIS-IDENTITY-001", "The identity thresholds are wrong: " + wrong.getMessage()
                    + ".", "Set EGMIS_IDENTITY_CERTAIN > EGMIS_IDENTITY_PROBABLE > EGMIS_IDENTITY_POSSIBLE "
                    + "(defaults 23, 17, 10; docs/IDENTITY.md).");
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    @EventListener
    synchronized void recordsStored(RecordsStored event) {
        try {
            List<PersonRecord> stored = reader.read(event);
            LinkChanges changes = new LinkChanges();
            for (PersonRecord record : stored) {
                records.put(record.record(), record);
                changes.add(linker.link(record));
            }
            write(changes);
        } catch (RuntimeException e) {
            // an ingest never fails because of identity; the tables are the truth, memory follows them
            LOG.warn("IDENTITY_LINKING_FAILED: linking after an ingest failed ({}); reloading the registry", e.getMessage());
            load();
        }
    }

    /** Runs a reviewer's decision against the linker and writes it, with the decision row, in one transaction. */
    synchronized <T> T decide(java.util.function.Function<PersonLinker, LinkChanges> decision,
                              java.util.function.Function<LinkChanges, T> writeDecision) {
        LinkChanges changes = decision.apply(linker);
        try {
            return transactions.execute(status -> {
                tables.write(changes);
                return writeDecision.apply(changes);
            });
        } catch (RuntimeException e) {
            load();
            throw e;
        }
    }

    synchronized <T> T read(java.util.function.Function<PersonLinker, T> reading) {
        return reading.apply(linker);
    }

    synchronized void load() {
        records.clear();
        reader.readAll(record -> records.put(record.record(), record));
        MatchWeights weights = MatchWeights.estimate(records.values());
        linker = new PersonLinker(weights, thresholds, () -> "P" + UUID.randomUUID());
        List<String> linked = new ArrayList<>();
        for (IdentityTables.StoredLink link : tables.links()) {
            PersonRecord record = records.get(link.record());
            if (record != null) {
                linker.restore(record, link.personId(), link.grade(), link.score());
                linked.add(link.record());
            }
        }
        LinkChanges changes = new LinkChanges();
        for (IdentityTables.StoredDecision decision : tables.decisions()) {
            if (decision.otherRecord() != null) {
                try {
                    changes.add("link".equals(decision.decision())
                            ? linker.decideLinked(decision.record(), decision.otherRecord())
                            : linker.decideSeparate(decision.record(), decision.otherRecord()));
                } catch (IllegalArgumentException outdated) {
                    LOG.warn("IDENTITY_DECISION_NOT_APPLIED: {}", outdated.getMessage());
                }
            }
        }
        java.util.Set<String> known = new java.util.HashSet<>(linked);
        records.values().stream().filter(record -> !known.contains(record.record()))
                .sorted(Comparator.comparing(PersonRecord::record)).forEach(record -> changes.add(linker.link(record)));
        write(changes);
        LOG.info("Person registry: {} records, {} persons, weights {}", linker.records(), linker.persons(),
                weights.origin());
    }

    private void write(LinkChanges changes) {
        if (!changes.links().isEmpty() || !changes.reviews().isEmpty()) {
            transactions.executeWithoutResult(status -> tables.write(changes));
        }
    }
}
