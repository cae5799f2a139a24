package kz.egmis.ledger.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ledger.MerkleTreeLevels;

/**
 * The Merkle tree over every sequenced leaf, kept in memory for microsecond proofs, loaded from
 * {@code ledger_leaf} at start-up and extended by the sequencer after each commit.
 */
@Component
class LedgerTree {

    private final MerkleTreeLevels levels = new MerkleTreeLevels();

    LedgerTree(JdbcTemplate jdbc) {
        jdbc.setFetchSize(10_000);
        jdbc.query("select leaf_index, leaf_hash from ledger_leaf order by leaf_index", row -> {
            long index = row.getLong(1);
            if (index != levels.size()) {
                throw new IllegalStateException("ledger_leaf has a gap or duplicate at index " + levels.size()
                        + ": run verify");
            }
            levels.append(row.getBytes(2));
        });
    }

    MerkleTreeLevels levels() {
        return levels;
    }

    long size() {
        return levels.size();
    }
}
