package kz.egmis.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ledger.LeafIndex;
import kz.egmis.ledger.LedgerReads;
import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.ledger.TreeSize;

/** {@link LedgerReads} over the in-memory tree and {@code ledger_leaf}. */
@Component
class TreeLedgerReads implements LedgerReads {

    private final TreeHeads heads;
    private final LedgerTree tree;
    private final JdbcTemplate jdbc;

    TreeLedgerReads(TreeHeads heads, LedgerTree tree, JdbcTemplate jdbc) {
        this.heads = heads;
        this.tree = tree;
        this.jdbc = jdbc;
    }

    @Override
    public SignedTreeHead latestHead() {
        return heads.current();
    }

    @Override
    public Optional<Leaf> leaf(long index) {
        return jdbc.query("select leaf_index, data, leaf_hash from ledger_leaf where leaf_index = ?",
                (row, number) -> new Leaf(row.getLong(1), row.getString(2), TreeHeads.hex(row.getBytes(3))), index)
                .stream().findFirst();
    }

    @Override
    public List<String> inclusionProof(long index, long treeSize) {
        if (index < 0 || index >= treeSize || treeSize > tree.size()) {
            throw new IllegalArgumentException("need 0 <= index < treeSize <= " + tree.size());
        }
        return tree.levels().inclusionProof(LeafIndex.of(index), TreeSize.of(treeSize)).stream().map(TreeHeads::hex).toList();
    }
}
