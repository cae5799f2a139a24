package kz.egmis.ledger;

import static kz.egmis.ledger.LedgerSamples.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link MerkleTreeLevels} against the RFC's recursive definitions ({@link ReferenceMerkleTree}). */
class MerkleTreeLevelsPropertiesTest {

    @Test
    void every_root_and_every_proof_of_every_tree_up_to_300_leaves_equals_the_rfc_and_verifies() {
        List<byte[]> entries = LedgerSamples.entries(1, 300);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(entries);
        byte[][] roots = new byte[entries.size() + 1][];
        for (int size = 0; size <= entries.size(); size++) {
            roots[size] = reference.rootHash(size);
        }
        MerkleTreeLevels levels = new MerkleTreeLevels();
        for (int size = 1; size <= entries.size(); size++) {
            levels.append(MerkleHashes.leafHash(entries.get(size - 1)));
            assertThat(levels.rootHash()).as("root of %d", size).isEqualTo(roots[size]);
            for (int index = 0; index < size; index++) {
                checkInclusion(levels, reference, entries, index, size, roots[size]);
            }
            for (int first = 0; first <= size; first++) {
                checkConsistency(levels, reference, first, size, roots[first], roots[size]);
            }
        }
    }

    @Test
    void random_proofs_in_trees_of_up_to_5000_leaves_equal_the_rfc_and_verify() {
        Random random = new Random(2);
        List<byte[]> entries = LedgerSamples.entries(3, 5000);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(entries);
        MerkleTreeLevels levels = LedgerSamples.levelsOf(entries);
        for (int tree = 0; tree < 25; tree++) {
            int size = 1 + random.nextInt(entries.size());
            byte[] root = reference.rootHash(size);
            assertThat(levels.rootHash(TreeSize.of(size))).as("root of %d", size).isEqualTo(root);
            for (int sample = 0; sample < 20; sample++) {
                checkInclusion(levels, reference, entries, random.nextInt(size), size, root);
                int first = random.nextInt(size + 1);
                checkConsistency(levels, reference, first, size, reference.rootHash(first), root);
            }
        }
    }

    @Test
    void trees_across_the_storage_chunk_boundaries_equal_the_rfc() {
        List<byte[]> entries = LedgerSamples.entries(4, 70_000);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(entries);
        MerkleTreeLevels levels = LedgerSamples.levelsOf(entries);
        Random random = new Random(5);
        for (int size : new int[] {16, 17, 8_191, 8_192, 8_193, 16_384, 16_385, 32_768, 32_769, 65_536, 65_537,
                70_000}) {
            byte[] root = reference.rootHash(size);
            assertThat(levels.rootHash(TreeSize.of(size))).as("root of %d", size).isEqualTo(root);
            for (int index : new int[] {0, size / 2, size - 1, random.nextInt(size)}) {
                checkInclusion(levels, reference, entries, index, size, root);
            }
            int first = 1 + random.nextInt(size);
            checkConsistency(levels, reference, first, size, reference.rootHash(first), root);
        }
        byte[] acrossChunks = new byte[5 * MerkleHashes.HASH_LENGTH];
        levels.readLeafHashes(16_382, 5, acrossChunks, 0);
        for (int leaf = 0; leaf < 5; leaf++) {
            assertThat(Arrays.copyOfRange(acrossChunks, leaf * 32, leaf * 32 + 32))
                    .isEqualTo(MerkleHashes.leafHash(entries.get(16_382 + leaf)));
        }
    }

    @Test
    void an_empty_tree_has_the_empty_root_and_only_trivial_consistency() {
        MerkleTreeLevels levels = new MerkleTreeLevels();
        assertThat(levels.size()).isZero();
        assertThat(levels.rootHash()).isEqualTo(MerkleHashes.emptyRootHash());
        assertThat(levels.consistencyProof(TreeSize.EMPTY, TreeSize.EMPTY)).isEmpty();
    }

    @Test
    void appending_answers_the_index_the_leaf_got() {
        MerkleTreeLevels levels = new MerkleTreeLevels();
        for (long index = 0; index < 20; index++) {
            assertThat(levels.append(MerkleHashes.leafHash(new byte[] {(byte) index}))).isEqualTo(LeafIndex.of(index));
        }
    }

    private static void checkInclusion(MerkleTreeLevels levels, ReferenceMerkleTree reference, List<byte[]> entries,
            int index, int size, byte[] root) {
        List<byte[]> proof = levels.inclusionProof(LeafIndex.of(index), TreeSize.of(size));
        assertThat(hex(proof)).as("inclusion of %d in %d", index, size)
                .isEqualTo(hex(reference.inclusionProof(index, size)));
        assertThat(MerkleProofs.verifyInclusion(MerkleHashes.leafHash(entries.get(index)), index, size, proof, root))
                .as("inclusion of %d in %d verifies", index, size).isTrue();
    }

    private static void checkConsistency(MerkleTreeLevels levels, ReferenceMerkleTree reference, int first, int size,
            byte[] firstRoot, byte[] root) {
        List<byte[]> proof = levels.consistencyProof(TreeSize.of(first), TreeSize.of(size));
        List<byte[]> expected = first == 0 ? List.of() : reference.consistencyProof(first, size);
        assertThat(hex(proof)).as("consistency of %d with %d", first, size).isEqualTo(hex(expected));
        assertThat(MerkleProofs.verifyConsistency(first, size, firstRoot, root, proof)).as("consistency of %d with %d verifies", first, size).isTrue();
    }
}
