package kz.egmis.ledger;

import static kz.egmis.ledger.LedgerSamples.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link MerkleTree} over any {@link LeafHashSource}, and the arguments every tree refuses. */
class MerkleTreeTest {

    private final List<byte[]> entries = LedgerSamples.entries(31, 2500);
    private final List<byte[]> leafHashes = entries.stream().map(MerkleHashes::leafHash).toList();
    private final MerkleTreeLevels levels = LedgerSamples.levelsOf(entries);

    @Test
    void computing_from_the_leaves_gives_the_same_roots_and_proofs_as_the_stored_levels() {
        MerkleTree fromLeaves = new MerkleTree(LeafHashSource.of(leafHashes));
        Random random = new Random(32);
        for (int sample = 0; sample < 200; sample++) {
            TreeSize size = TreeSize.of(1 + random.nextInt(entries.size()));
            LeafIndex index = LeafIndex.of(random.nextLong(size.value()));
            TreeSize first = TreeSize.of(random.nextLong(size.value() + 1));
            assertThat(fromLeaves.rootHash(size)).isEqualTo(levels.rootHash(size));
            assertThat(hex(fromLeaves.inclusionProof(index, size))).isEqualTo(hex(levels.inclusionProof(index, size)));
            assertThat(hex(fromLeaves.consistencyProof(first, size)))
                    .isEqualTo(hex(levels.consistencyProof(first, size)));
        }
    }

    @Test
    void computing_from_the_leaves_reads_them_in_batches() {
        AtomicInteger batchReads = new AtomicInteger();
        LeafHashSource counting = new LeafHashSource() {
            @Override
            public long size() {
                return leafHashes.size();
            }

            @Override
            public byte[] leafHash(long index) {
                throw new AssertionError("read one leaf at a time");
            }

            @Override
            public void readLeafHashes(long start, int count, byte[] buffer, int offset) {
                batchReads.incrementAndGet();
                levels.readLeafHashes(start, count, buffer, offset);
            }
        };
        assertThat(new MerkleTree(counting).rootHash(TreeSize.of(2048))).isEqualTo(levels.rootHash(TreeSize.of(2048)));
        assertThat(batchReads).hasValue(2);
    }

    @Test
    void a_tree_over_stored_levels_answers_from_them() {
        MerkleTree overLevels = new MerkleTree(levels);
        assertThat(overLevels.rootHash(TreeSize.of(1000))).isEqualTo(levels.rootHash(TreeSize.of(1000)));
        assertThat(hex(overLevels.inclusionProof(LeafIndex.of(7), TreeSize.of(1000))))
                .isEqualTo(hex(levels.inclusionProof(LeafIndex.of(7), TreeSize.of(1000))));
    }

    @Test
    void the_bulk_read_of_the_default_source_copies_the_leaf_hashes_in_order() {
        LeafHashSource source = LeafHashSource.of(leafHashes);
        byte[] buffer = new byte[10 + 3 * MerkleHashes.HASH_LENGTH];
        source.readLeafHashes(100, 3, buffer, 10);
        for (int leaf = 0; leaf < 3; leaf++) {
            assertThat(Arrays.copyOfRange(buffer, 10 + leaf * 32, 42 + leaf * 32))
                    .isEqualTo(leafHashes.get(100 + leaf));
        }
        assertThatThrownBy(() -> source.readLeafHashes(2499, 2, new byte[64], 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> levels.readLeafHashes(2499, 2, new byte[64], 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sizes_beyond_the_log_and_leaves_outside_the_tree_are_refused() {
        MerkleTree fromLeaves = new MerkleTree(LeafHashSource.of(leafHashes));
        TreeSize tooLarge = TreeSize.of(2501);
        assertThatThrownBy(() -> levels.rootHash(tooLarge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2501").hasMessageContaining("2500");
        assertThatThrownBy(() -> fromLeaves.rootHash(tooLarge)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> levels.inclusionProof(LeafIndex.of(10), TreeSize.of(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaf 10");
        assertThatThrownBy(() -> levels.inclusionProof(LeafIndex.of(0), tooLarge))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> levels.consistencyProof(TreeSize.of(11), TreeSize.of(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11");
        assertThatThrownBy(() -> levels.consistencyProof(TreeSize.of(1), tooLarge))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> levels.append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> levels.leafHash(2500)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void loading_from_a_source_gives_the_same_tree_as_appending() {
        MerkleTreeLevels loaded = MerkleTreeLevels.of(LeafHashSource.of(leafHashes));
        assertThat(loaded.size()).isEqualTo(2500);
        assertThat(loaded.rootHash()).isEqualTo(levels.rootHash());
    }

    @Test
    void proofs_are_unmodifiable() {
        List<byte[]> proof = levels.inclusionProof(LeafIndex.of(3), TreeSize.of(100));
        assertThatThrownBy(() -> proof.add(new byte[32])).isInstanceOf(UnsupportedOperationException.class);
    }
}
