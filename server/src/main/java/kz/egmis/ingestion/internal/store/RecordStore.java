package kz.egmis.ingestion.internal.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ingestion.RecordsStored;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.internal.StoredOutcome;
import kz.egmis.ingestion.internal.StoredOutcome.Kind;
import kz.egmis.ingestion.internal.Submission;
import kz.egmis.ledger.LeafDocument;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.Sha256;

/**
 * Stores a batch of accepted records of one source system in one transaction: a new version where the content
 * changed, nothing where it did not, and canonical rows that reflect each record's current version. When the
 * call returns, the batch is durable; when it throws, nothing of it was stored.
 */
@Component
public class RecordStore {

    private static final int ATTEMPTS = 3;

    private final TransactionTemplate transactions;
    private final ResourceVersions versions;
    private final CanonicalTables tables;
    private final LedgerJournal journal;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecordStore(TransactionTemplate transactions, JdbcTemplate jdbc, LedgerJournal journal, Clock clock,
                ApplicationEventPublisher events) {
        this.transactions = transactions;
        this.versions = new ResourceVersions(jdbc);
        this.tables = new CanonicalTables(jdbc);
        this.journal = journal;
        this.clock = clock;
        this.events = events;
    }

    public List<StoredOutcome> store(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                List<StoredOutcome> outcomes = transactions.execute(status -> storeOnce(submissions));
                publishAfterCommit(outcomes);
                return outcomes;
            } catch (DuplicateKeyException concurrentFirstVersion) {
                // another request created the same record at the same moment: read again and retry
                if (attempt == ATTEMPTS) {
                    throw concurrentFirstVersion;
                }
            }
        }
    }

    /** Tells listeners (screening) what changed; only after the commit, so that they read the new rows. */
    private void publishAfterCommit(List<StoredOutcome> outcomes) {
        List<RecordsStored.StoredRecord> records = outcomes.stream().filter(StoredOutcome::changed)
                .map(outcome -> new RecordsStored.StoredRecord(outcome.key().type(), outcome.key().id())).distinct().toList();
        int changed = (int) outcomes.stream().filter(StoredOutcome::changed).count();
        if (changed > 0) {
            events.publishEvent(new RecordsStored(outcomes.get(0).key().source().code(), changed, records));
        }
    }

    private List<StoredOutcome> storeOnce(List<Submission> submissions) {
        String source = submissions.get(0).record().key().source().code();
        List<RecordKey> keys = submissions.stream().map(submission -> submission.record().key()).distinct().toList();
        if (submissions.stream().anyMatch(submission -> !submission.record().key().source().code().equals(source))) {
            throw new IllegalArgumentException("a batch holds the records of one source system");
        }
        Map<RecordKey, ResourceVersions.Current> current = new HashMap<>(versions.lockCurrent(source, keys));
        java.util.Set<RecordKey> previouslyStored = java.util.Set.copyOf(current.keySet());
        long now = clock.instant().getEpochSecond();

        List<String> hashes = submissions.stream().map(submission -> Sha256.hex(submission.canonicalContent())).toList();
        int changes = countChanges(submissions, hashes, new HashMap<>(current));
        List<Long> ids = changes == 0 ? List.of() : versions.allocateIds(changes);

        List<StoredOutcome> outcomes = new ArrayList<>(submissions.size());
        List<ResourceVersions.NewVersion> fresh = new ArrayList<>(changes);
        Map<RecordKey, CanonicalTables.StoredRecord> latest = new LinkedHashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            RecordKey key = submission.record().key();
            ResourceVersions.Current known = current.get(key);
            if (known != null && known.contentHash().equals(hashes.get(i))) {
                outcomes.add(new StoredOutcome(key, known.version(), Kind.UNCHANGED, known.versionId(), known.receivedAt()));
                continue;
            }
            int version = known == null ? 1 : known.version() + 1;
            long id = ids.get(fresh.size());
            fresh.add(new ResourceVersions.NewVersion(id, submission, version, hashes.get(i), now));
            current.put(key, new ResourceVersions.Current(version, hashes.get(i), id, now));
            latest.put(key, new CanonicalTables.StoredRecord(submission.record(), id));
            outcomes.add(new StoredOutcome(key, version, known == null ? Kind.CREATED : Kind.UPDATED, id, now));
        }
        if (!fresh.isEmpty()) {
            versions.insert(fresh);
            RowDigests rows = tables.replace(source, new ArrayList<>(latest.values()), previouslyStored);
            journal.append(leaves(fresh, latest, rows));
        }
        return outcomes;
    }

    /** One leaf per new version; only a key's latest version in the batch has canonical rows to commit to. */
    private static List<LeafDocument> leaves(List<ResourceVersions.NewVersion> fresh,
                                             Map<RecordKey, CanonicalTables.StoredRecord> latest, RowDigests rows) {
        List<LeafDocument> leaves = new ArrayList<>(fresh.size());
        for (ResourceVersions.NewVersion version : fresh) {
            RecordKey key = version.submission().record().key();
            boolean current = latest.get(key).versionId() == version.id();
            leaves.add(LeafDocuments.resourceVersion(version.id(), key.source().code(), key.type(), key.id(),
                    version.version(), version.contentHash(), Sha256.hex(version.submission().rawContent()),
                    current ? rows.digestOf(key) : null));
        }
        return leaves;
    }

    private static int countChanges(List<Submission> submissions, List<String> hashes,
                                    Map<RecordKey, ResourceVersions.Current> running) {
        int changes = 0;
        for (int i = 0; i < submissions.size(); i++) {
            RecordKey key = submissions.get(i).record().key();
            ResourceVersions.Current known = running.get(key);
            if (known == null || !known.contentHash().equals(hashes.get(i))) {
                changes++;
                running.put(key, new ResourceVersions.Current(0, hashes.get(i), 0, 0));
            }
        }
        return changes;
    }
}
