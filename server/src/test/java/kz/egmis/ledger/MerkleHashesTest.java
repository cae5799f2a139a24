package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MerkleHashesTest {

    private final Random random = new Random(41);

    @Test
    void a_leaf_hash_is_sha256_of_a_zero_byte_and_the_data() throws Exception {
        for (int sample = 0; sample < 200; sample++) {
            byte[] data = randomBytes(random.nextInt(300));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) 0x00);
            assertThat(MerkleHashes.leafHash(data)).isEqualTo(sha256.digest(data));
        }
    }

    @Test
    void a_node_hash_is_sha256_of_a_one_byte_and_both_children() throws Exception {
        byte[] left = randomBytes(32);
        byte[] right = randomBytes(32);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0x01);
        sha256.update(left);
        assertThat(MerkleHashes.nodeHash(left, right)).isEqualTo(sha256.digest(right));
        assertThat(MerkleHashes.nodeHash(left, right)).isNotEqualTo(MerkleHashes.nodeHash(right, left));
    }

    @Test
    void a_node_is_never_taken_for_a_leaf_of_the_same_bytes() {
        byte[] left = randomBytes(32);
        byte[] right = randomBytes(32);
        byte[] both = new byte[64];
        System.arraycopy(left, 0, both, 0, 32);
        System.arraycopy(right, 0, both, 32, 32);
        assertThat(MerkleHashes.nodeHash(left, right)).isNotEqualTo(MerkleHashes.leafHash(both));
    }

    @Test
    void hashing_within_buffers_equals_hashing_copies_and_may_overwrite_an_input() {
        byte[] buffer = randomBytes(200);
        byte[] left = Arrays.copyOfRange(buffer, 7, 39);
        byte[] right = Arrays.copyOfRange(buffer, 100, 132);
        assertThat(MerkleHashes.leafHash(buffer, 7, 50)).isEqualTo(MerkleHashes.leafHash(
                Arrays.copyOfRange(buffer, 7, 57)));
        MerkleHashes.nodeHash(buffer, 7, buffer, 100, buffer, 7);
        assertThat(Arrays.copyOfRange(buffer, 7, 39)).isEqualTo(MerkleHashes.nodeHash(left, right));
    }

    @Test
    void the_empty_tree_hash_cannot_be_changed_by_a_caller() {
        byte[] empty = MerkleHashes.emptyRootHash();
        empty[0] ^= 1;
        assertThat(MerkleHashes.emptyRootHash()).isNotEqualTo(empty);
    }

    @Test
    void children_that_are_not_hashes_are_refused() {
        assertThatThrownBy(() -> MerkleHashes.nodeHash(new byte[31], new byte[32]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31");
        assertThatThrownBy(() -> MerkleHashes.nodeHash(new byte[32], null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MerkleHashes.nodeHash(new byte[40], 10, new byte[32], 0, new byte[32], 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_failed_call_leaves_nothing_behind_for_the_next_one() {
        byte[] data = randomBytes(50);
        byte[] expected = MerkleHashes.leafHash(data);
        assertThatThrownBy(() -> MerkleHashes.nodeHash(new byte[32], 0, new byte[32], 0, new byte[8], 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(MerkleHashes.leafHash(data)).isEqualTo(expected);
    }

    @Test
    void many_threads_hashing_at_once_get_the_same_hashes_as_one() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        for (int input = 0; input < 2000; input++) {
            inputs.add(randomBytes(random.nextInt(120)));
        }
        List<byte[]> expected = inputs.stream().map(MerkleHashes::leafHash).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(threads.submit(() -> inputs.stream().map(MerkleHashes::leafHash).toList()));
            }
            for (Future<List<byte[]>> result : results) {
                assertThat(result.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
