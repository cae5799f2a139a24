package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RunningMerkleRootTest {

    @Test
    void the_root_after_every_append_equals_the_root_of_the_full_tree_of_that_size() {
        MerkleTreeLevels levels = new MerkleTreeLevels();
        RunningMerkleRoot running = new RunningMerkleRoot();
        assertThat(running.rootHash()).isEqualTo(MerkleHashes.emptyRootHash());
        SplittableRandom random = new SplittableRandom(7);
        for (int leaf = 0; leaf < 1100; leaf++) {
            byte[] data = new byte[1 + random.nextInt(40)];
            random.nextBytes(data);
            byte[] hash = MerkleHashes.leafHash(data);
            levels.append(hash);
            running.append(hash);
            assertThat(running.size()).isEqualTo(leaf + 1);
            assertThat(running.rootHash()).as("size %d", leaf + 1).isEqualTo(levels.rootHash());
        }
    }

    @Test
    void a_hash_of_the_wrong_length_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RunningMerkleRoot().append(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
