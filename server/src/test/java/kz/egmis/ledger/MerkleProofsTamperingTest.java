package kz.egmis.ledger;

import static kz.egmis.ledger.LedgerSamples.flipBit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any change to a proof, a root, a leaf hash, an index or a size makes verification fail.
 *
 * <p>A wrong size is paired with the root of a tree of that size, as a forger must present it:
 * RFC 9162's verifiers learn a size only through the proof's shape, so a proof and root may also
 * pass for a different size of the same shape (PATH(0, D[5]) verifies as a proof in a tree of 6
 * against the root of 5). That is harmless because the size and root come from one signed head.
 */
class MerkleProofsTamperingTest {

    private static final int CASES = 60;

    private final List<byte[]> entries = LedgerSamples.entries(11, 1200);
    private final MerkleTreeLevels levels = LedgerSamples.levelsOf(entries);
    private final Random random = new Random(12);

    @Test
    void a_flipped_bit_anywhere_in_an_inclusion_proof_its_root_or_its_leaf_hash_fails() {
        for (int sample = 0; sample < CASES; sample++) {
            int size = 1 + random.nextInt(entries.size());
            int index = random.nextInt(size);
            byte[] leaf = leafHash(index);
            byte[] root = root(size);
            List<byte[]> proof = inclusionProof(index, size);
            assertThat(MerkleProofs.verifyInclusion(leaf, index, size, proof, root)).isTrue();
            for (int bit = 0; bit < 256; bit++) {
                for (int element = 0; element < proof.size(); element++) {
                    assertThat(MerkleProofs.verifyInclusion(leaf, index, size, flipBit(proof, element, bit), root))
                            .as("bit %d of element %d, leaf %d of %d", bit, element, index, size).isFalse();
                }
                assertThat(MerkleProofs.verifyInclusion(leaf, index, size, proof, flipBit(root, bit))).isFalse();
                assertThat(MerkleProofs.verifyInclusion(flipBit(leaf, bit), index, size, proof, root)).isFalse();
            }
        }
    }

    @Test
    void an_inclusion_proof_fails_for_every_other_index_and_for_every_other_size_with_its_root() {
        for (int sample = 0; sample < CASES; sample++) {
            int size = 1 + random.nextInt(300);
            int index = random.nextInt(size);
            byte[] leaf = leafHash(index);
            List<byte[]> proof = inclusionProof(index, size);
            for (int otherIndex = 0; otherIndex < size + 5; otherIndex++) {
                if (otherIndex != index) {
                    assertThat(MerkleProofs.verifyInclusion(leaf, otherIndex, size, proof, root(size)))
                            .as("leaf %d of %d claimed as %d", index, size, otherIndex).isFalse();
                }
            }
            for (int otherSize = index + 1; otherSize <= 2 * size + 2 && otherSize <= entries.size(); otherSize++) {
                if (otherSize != size) {
                    assertThat(MerkleProofs.verifyInclusion(leaf, index, otherSize, proof, root(otherSize)))
                            .as("leaf %d of %d claimed in %d", index, size, otherSize).isFalse();
                }
            }
        }
    }

    @Test
    void a_shortened_lengthened_or_reordered_inclusion_proof_fails() {
        for (int sample = 0; sample < CASES; sample++) {
            int size = 1 + random.nextInt(entries.size());
            int index = random.nextInt(size);
            byte[] leaf = leafHash(index);
            byte[] root = root(size);
            for (List<byte[]> changed : variants(inclusionProof(index, size), root)) {
                assertThat(MerkleProofs.verifyInclusion(leaf, index, size, changed, root))
                        .as("leaf %d of %d", index, size).isFalse();
            }
        }
    }

    @Test
    void a_flipped_bit_anywhere_in_a_consistency_proof_or_either_root_fails() {
        for (int sample = 0; sample < CASES; sample++) {
            int second = 2 + random.nextInt(entries.size() - 1);
            int first = 1 + random.nextInt(second - 1);
            byte[] firstRoot = root(first);
            byte[] secondRoot = root(second);
            List<byte[]> proof = consistencyProof(first, second);
            assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, proof)).isTrue();
            for (int bit = 0; bit < 256; bit++) {
                for (int element = 0; element < proof.size(); element++) {
                    assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot,
                            flipBit(proof, element, bit))).as("bit %d of element %d", bit, element).isFalse();
                }
                assertThat(MerkleProofs.verifyConsistency(first, second, flipBit(firstRoot, bit), secondRoot, proof))
                        .isFalse();
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, flipBit(secondRoot, bit), proof))
                        .isFalse();
            }
            assertThat(MerkleProofs.verifyConsistency(first, second, secondRoot, firstRoot, proof)).isFalse();
        }
    }

    @Test
    void a_consistency_proof_fails_for_every_other_pair_of_sizes_with_their_roots() {
        for (int sample = 0; sample < CASES; sample++) {
            int second = 2 + random.nextInt(200);
            int first = 1 + random.nextInt(second - 1);
            List<byte[]> proof = consistencyProof(first, second);
            for (int otherFirst = 0; otherFirst <= second; otherFirst++) {
                if (otherFirst != first) {
                    assertThat(MerkleProofs.verifyConsistency(otherFirst, second, root(otherFirst), root(second), proof))
                            .as("%d to %d claimed from %d", first, second, otherFirst).isFalse();
                }
            }
            for (int otherSecond = first; otherSecond <= 2 * second + 2; otherSecond++) {
                if (otherSecond != second) {
                    assertThat(MerkleProofs.verifyConsistency(first, otherSecond, root(first), root(otherSecond), proof))
                            .as("%d to %d claimed to %d", first, second, otherSecond).isFalse();
                }
            }
        }
    }

    @Test
    void a_shortened_lengthened_or_reordered_consistency_proof_fails() {
        for (int sample = 0; sample < CASES; sample++) {
            int second = 2 + random.nextInt(entries.size() - 1);
            int first = 1 + random.nextInt(second - 1);
            byte[] firstRoot = root(first);
            byte[] secondRoot = root(second);
            for (List<byte[]> changed : variants(consistencyProof(first, second), secondRoot)) {
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, changed))
                        .as("%d to %d", first, second).isFalse();
            }
            assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, List.of())).isFalse();
        }
    }

    /** The proof without its first or last element, with garbage or the root before or after it, or two swapped. */
    private List<List<byte[]>> variants(List<byte[]> proof, byte[] root) {
        byte[] garbage = new byte[MerkleHashes.HASH_LENGTH];
        random.nextBytes(garbage);
        List<List<byte[]>> variants = new ArrayList<>();
        if (!proof.isEmpty()) {
            variants.add(proof.subList(1, proof.size()));
            variants.add(proof.subList(0, proof.size() - 1));
        }
        for (byte[] extra : List.of(garbage, root)) {
            List<byte[]> appended = new ArrayList<>(proof);
            appended.add(extra);
            variants.add(appended);
            List<byte[]> prepended = new ArrayList<>(proof);
            prepended.add(0, extra);
            variants.add(prepended);
        }
        for (int element = 0; element + 1 < proof.size(); element++) {
            if (!Arrays.equals(proof.get(element), proof.get(element + 1))) {
                List<byte[]> swapped = new ArrayList<>(proof);
                Collections.swap(swapped, element, element + 1);
                variants.add(swapped);
            }
        }
        return variants;
    }

    private byte[] leafHash(int index) {
        return levels.leafHash(index);
    }

    private byte[] root(int size) {
        return levels.rootHash(TreeSize.of(size));
    }

    private List<byte[]> inclusionProof(int index, int size) {
        return levels.inclusionProof(LeafIndex.of(index), TreeSize.of(size));
    }

    private List<byte[]> consistencyProof(int first, int second) {
        return levels.consistencyProof(TreeSize.of(first), TreeSize.of(second));
    }
}
