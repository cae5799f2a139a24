package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verification answers false, and never throws, whatever an outsider feeds it. */
class MerkleProofsMalformedInputTest {

    private final List<byte[]> entries = LedgerSamples.entries(21, 13);
    private final MerkleTreeLevels levels = LedgerSamples.levelsOf(entries);
    private final byte[] leaf = levels.leafHash(5);
    private final byte[] root = levels.rootHash(TreeSize.of(13));
    private final byte[] firstRoot = levels.rootHash(TreeSize.of(6));
    private final List<byte[]> inclusion = levels.inclusionProof(LeafIndex.of(5), TreeSize.of(13));
    private final List<byte[]> consistency = levels.consistencyProof(TreeSize.of(6), TreeSize.of(13));

    @Test
    void the_well_formed_proofs_used_here_verify() {
        assertThat(MerkleProofs.verifyInclusion(leaf, 5, 13, inclusion, root)).isTrue();
        assertThat(MerkleProofs.verifyConsistency(6, 13, firstRoot, root, consistency)).isTrue();
    }

    @Test
    void nulls_fail_inclusion() {
        assertThat(MerkleProofs.verifyInclusion(null, 5, 13, inclusion, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(leaf, 5, 13, null, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(leaf, 5, 13, inclusion, null)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(leaf, 5, 13, withElement(inclusion, 1, null), root)).isFalse();
    }

    @Test
    void nulls_fail_consistency() {
        assertThat(MerkleProofs.verifyConsistency(6, 13, null, root, consistency)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(6, 13, firstRoot, null, consistency)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(6, 13, firstRoot, root, null)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(6, 13, firstRoot, root, withElement(consistency, 0, null))).isFalse();
    }

    @Test
    void hashes_of_the_wrong_length_fail() {
        for (int length : new int[] {0, 1, 31, 33, 64}) {
            byte[] wrong = Arrays.copyOf(root, length);
            assertThat(MerkleProofs.verifyInclusion(wrong, 5, 13, inclusion, root)).as("%d bytes", length).isFalse();
            assertThat(MerkleProofs.verifyInclusion(leaf, 5, 13, inclusion, wrong)).isFalse();
            assertThat(MerkleProofs.verifyInclusion(leaf, 5, 13, withElement(inclusion, 0, wrong), root)).isFalse();
            assertThat(MerkleProofs.verifyConsistency(6, 13, wrong, root, consistency)).isFalse();
            assertThat(MerkleProofs.verifyConsistency(6, 13, firstRoot, wrong, consistency)).isFalse();
            assertThat(MerkleProofs.verifyConsistency(6, 13, firstRoot, root, withElement(consistency, 1, wrong)))
                    .isFalse();
        }
    }

    @Test
    void impossible_indices_and_sizes_fail() {
        for (long[] indexAndSize : new long[][] {{-1, 13}, {5, -13}, {13, 13}, {14, 13}, {0, 0}, {5, 0},
                {Long.MIN_VALUE, 13}, {5, Long.MAX_VALUE}, {Long.MAX_VALUE, Long.MAX_VALUE}, {Long.MAX_VALUE - 1,
                        Long.MAX_VALUE}}) {
            assertThat(MerkleProofs.verifyInclusion(leaf, indexAndSize[0], indexAndSize[1], inclusion, root))
                    .as("leaf %d of %d", indexAndSize[0], indexAndSize[1]).isFalse();
        }
        for (long[] sizes : new long[][] {{-1, 13}, {6, -1}, {13, 6}, {6, 0}, {Long.MIN_VALUE, 13},
                {6, Long.MAX_VALUE}, {Long.MAX_VALUE - 1, Long.MAX_VALUE}, {Long.MAX_VALUE, 6}}) {
            assertThat(MerkleProofs.verifyConsistency(sizes[0], sizes[1], firstRoot, root, consistency))
                    .as("%d to %d", sizes[0], sizes[1]).isFalse();
        }
    }

    @Test
    void proofs_longer_than_any_tree_needs_fail() {
        List<byte[]> endless = new ArrayList<>(Collections.nCopies(100_000, root));
        assertThat(MerkleProofs.verifyInclusion(leaf, 5, Long.MAX_VALUE, endless, root)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(6, Long.MAX_VALUE, firstRoot, root, endless)).isFalse();
    }

    @Test
    void consistency_from_the_empty_tree_needs_its_root_and_an_empty_proof() {
        byte[] empty = MerkleHashes.emptyRootHash();
        assertThat(MerkleProofs.verifyConsistency(0, 13, empty, root, List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(0, 0, empty, empty, List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(0, 13, root, root, List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 13, empty, root, List.of(empty))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 0, empty, root, List.of())).isFalse();
    }

    @Test
    void consistency_of_a_tree_with_itself_needs_equal_roots_and_an_empty_proof() {
        assertThat(MerkleProofs.verifyConsistency(13, 13, root, root, List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(13, 13, root, firstRoot, List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(13, 13, root, root, List.of(root))).isFalse();
    }

    @Test
    void a_one_leaf_tree_proves_its_leaf_with_an_empty_path() {
        byte[] only = MerkleHashes.leafHash(entries.get(0));
        assertThat(MerkleProofs.verifyInclusion(only, 0, 1, List.of(), only)).isTrue();
        assertThat(MerkleProofs.verifyInclusion(only, 0, 1, List.of(only), only)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(only, 0, 1, List.of(), root)).isFalse();
    }

    private static List<byte[]> withElement(List<byte[]> proof, int position, byte[] element) {
        List<byte[]> changed = new ArrayList<>(proof);
        changed.set(position, element);
        return changed;
    }
}
