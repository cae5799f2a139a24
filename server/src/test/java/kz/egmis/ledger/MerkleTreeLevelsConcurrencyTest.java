package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Readers proving against whatever size they see while one thread appends. */
class MerkleTreeLevelsConcurrencyTest {

    private static final int LEAVES = 200_000;

    @Test
    void readers_get_valid_proofs_for_every_size_they_see_while_leaves_are_appended() throws Exception {
        MerkleTreeLevels levels = new MerkleTreeLevels();
        AtomicBoolean appending = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int reader = 0; reader < 3; reader++) {
                long seed = reader;
                readers.add(threads.submit(() -> prove(levels, appending, new Random(seed))));
            }
            for (int leaf = 0; leaf < LEAVES; leaf++) {
                levels.append(MerkleHashes.leafHash(Integer.toString(leaf).getBytes()));
            }
            appending.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).isPositive();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Checks proofs until the appending stops; answers how many it checked. */
    private static int prove(MerkleTreeLevels levels, AtomicBoolean appending, Random random) {
        int checked = 0;
        while (appending.get() || checked == 0) {
            long size = levels.size();
            if (size < 2) {
                continue;
            }
            TreeSize treeSize = TreeSize.of(size);
            byte[] root = levels.rootHash(treeSize);
            long index = random.nextLong(size);
            byte[] leaf = MerkleHashes.leafHash(Long.toString(index).getBytes());
            assertThat(MerkleProofs.verifyInclusion(leaf, index, size,
                    levels.inclusionProof(LeafIndex.of(index), treeSize), root)).isTrue();
            long first = 1 + random.nextLong(size);
            assertThat(MerkleProofs.verifyConsistency(first, size, levels.rootHash(TreeSize.of(first)), root,
                    levels.consistencyProof(TreeSize.of(first), treeSize))).isTrue();
            checked++;
        }
        return checked;
    }
}
