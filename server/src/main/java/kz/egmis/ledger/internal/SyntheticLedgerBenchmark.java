package kz.egmis.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LeafDocument;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LeafIndex;
import kz.egmis.ledger.LedgerBenchmark;
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.ledger.TreeSize;
import kz.egmis.platform.Sha256;

/**
 * Queues synthetic resource-version leaves (in transactions of 10,000, as ingestion would), then times the
 * sequencer persisting them with their indexes and hashes, a root, and proofs on the resulting tree.
 */
@Component
class SyntheticLedgerBenchmark implements LedgerBenchmark {

    private static final int PER_TRANSACTION = 10_000;
    private static final int PROOFS = 10_000;

    private final LedgerJournal journal;
    private final LedgerSequencer sequencer;
    private final LedgerTree tree;
    private final TransactionTemplate transactions;

    SyntheticLedgerBenchmark(LedgerJournal journal, LedgerSequencer sequencer, LedgerTree tree,
                             TransactionTemplate transactions) {
        this.journal = journal;
        this.sequencer = sequencer;
        this.tree = tree;
        this.transactions = transactions;
    }

    @Override
    public Figures run(long leaves) {
        sequencer.sequence();
        long queueStart = System.nanoTime();
        String hash = Sha256.hex("synthetic");
        for (long done = 0; done < leaves; done += PER_TRANSACTION) {
            long first = done;
            int count = (int) Math.min(PER_TRANSACTION, leaves - done);
            List<LeafDocument> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                batch.add(LeafDocuments.resourceVersion(-1 - first - i, "bench", "Claim", "c" + (first + i), 1, hash, hash, hash));
            }
            transactions.executeWithoutResult(status -> journal.append(batch));
        }
        double queueSeconds = seconds(queueStart);
        long sequenceStart = System.nanoTime();
        long size = sequencer.sequence();
        double sequenceSeconds = seconds(sequenceStart);
        long rootStart = System.nanoTime();
        tree.levels().rootHash(TreeSize.of(size));
        double rootSeconds = seconds(rootStart);
        SplittableRandom random = new SplittableRandom(1);
        long inclusionStart = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.levels().inclusionProof(LeafIndex.of(random.nextLong(size)), TreeSize.of(size));
        }
        double inclusion = seconds(inclusionStart) * 1e6 / PROOFS;
        long consistencyStart = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.levels().consistencyProof(TreeSize.of(1 + random.nextLong(size)), TreeSize.of(size));
        }
        double consistency = seconds(consistencyStart) * 1e6 / PROOFS;
        return new Figures(leaves, queueSeconds, sequenceSeconds, rootSeconds, inclusion, consistency);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
