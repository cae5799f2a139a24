package kz.egmis.ledger;

import static kz.egmis.ledger.LedgerSamples.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Certificate Transparency test vectors for RFC 6962 hashing (the same as RFC 9162 section
 * 2.1), from github.com/transparency-dev/merkle: leaves, roots and proofs in proof/verify_test.go,
 * single hashes in rfc6962/rfc6962_test.go. The values were read there and written down here.
 */
class PublishedTestVectorsTest {

    /** The eight leaves, as hex data entries. */
    static final List<byte[]> LEAVES = List.of(hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"),
            hex("40414243"), hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

    /** Root hashes of the trees of the first 1, 2, ... 8 leaves. */
    static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static final String EMPTY_TREE = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** The vectors number leaves from 1; these indices are from 0 (the vector's leaf - 1). */
    record Inclusion(int index, int treeSize, List<String> path) {
    }

    record Consistency(int first, int second, List<String> proof) {
    }

    static final List<Inclusion> INCLUSION_PROOFS = List.of(
            new Inclusion(0, 1, List.of()),
            new Inclusion(0, 8, List.of(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new Inclusion(5, 8, List.of(
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new Inclusion(2, 3, List.of(
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
            new Inclusion(1, 5, List.of(
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

    static final List<Consistency> CONSISTENCY_PROOFS = List.of(
            new Consistency(1, 1, List.of()),
            new Consistency(1, 8, List.of(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new Consistency(6, 8, List.of(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new Consistency(2, 5, List.of(
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            new Consistency(6, 7, List.of(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    private final MerkleTreeLevels levels = LedgerSamples.levelsOf(LEAVES);
    private final MerkleTree fromLeaves = new MerkleTree(LeafHashSource.of(
            LEAVES.stream().map(MerkleHashes::leafHash).toList()));
    private final ReferenceMerkleTree reference = new ReferenceMerkleTree(LEAVES);

    @Test
    void single_hashes_match_the_published_ones() {
        assertThat(hex(MerkleHashes.emptyRootHash())).isEqualTo(EMPTY_TREE);
        assertThat(hex(MerkleHashes.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(hex(MerkleHashes.leafHash("L123456".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
    }

    @Test
    void every_implementation_gives_the_published_root_for_sizes_0_to_8() {
        assertThat(hex(levels.rootHash(TreeSize.EMPTY))).isEqualTo(EMPTY_TREE);
        assertThat(hex(fromLeaves.rootHash(TreeSize.EMPTY))).isEqualTo(EMPTY_TREE);
        assertThat(hex(reference.rootHash(0))).isEqualTo(EMPTY_TREE);
        IntStream.rangeClosed(1, 8).forEach(size -> {
            String expected = ROOTS.get(size - 1);
            assertThat(hex(levels.rootHash(TreeSize.of(size)))).as("size %d", size).isEqualTo(expected);
            assertThat(hex(fromLeaves.rootHash(TreeSize.of(size)))).as("size %d", size).isEqualTo(expected);
            assertThat(hex(reference.rootHash(size))).as("size %d", size).isEqualTo(expected);
        });
    }

    @Test
    void every_implementation_gives_the_published_inclusion_proofs_and_they_verify() {
        for (Inclusion vector : INCLUSION_PROOFS) {
            LeafIndex index = LeafIndex.of(vector.index());
            TreeSize size = TreeSize.of(vector.treeSize());
            assertThat(hex(levels.inclusionProof(index, size))).as("%s", vector).isEqualTo(vector.path());
            assertThat(hex(fromLeaves.inclusionProof(index, size))).as("%s", vector).isEqualTo(vector.path());
            assertThat(hex(reference.inclusionProof(vector.index(), vector.treeSize()))).isEqualTo(vector.path());
            byte[] leafHash = MerkleHashes.leafHash(LEAVES.get(vector.index()));
            List<byte[]> path = vector.path().stream().map(LedgerSamples::hex).toList();
            assertThat(MerkleProofs.verifyInclusion(leafHash, vector.index(), vector.treeSize(), path,
                    hex(ROOTS.get(vector.treeSize() - 1)))).as("%s", vector).isTrue();
        }
    }

    @Test
    void every_implementation_gives_the_published_consistency_proofs_and_they_verify() {
        for (Consistency vector : CONSISTENCY_PROOFS) {
            TreeSize first = TreeSize.of(vector.first());
            TreeSize second = TreeSize.of(vector.second());
            assertThat(hex(levels.consistencyProof(first, second))).as("%s", vector).isEqualTo(vector.proof());
            assertThat(hex(fromLeaves.consistencyProof(first, second))).as("%s", vector).isEqualTo(vector.proof());
            assertThat(hex(reference.consistencyProof(vector.first(), vector.second()))).isEqualTo(vector.proof());
            List<byte[]> proof = vector.proof().stream().map(LedgerSamples::hex).toList();
            assertThat(MerkleProofs.verifyConsistency(vector.first(), vector.second(),
                    hex(ROOTS.get(vector.first() - 1)), hex(ROOTS.get(vector.second() - 1)), proof))
                    .as("%s", vector).isTrue();
        }
    }
}
