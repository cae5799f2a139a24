package kz.egmis.ledger;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Random leaves and helpers for the ledger tests; every sample comes from a fixed seed. */
final class LedgerSamples {

    private LedgerSamples() {
    }

    /** {@code count} data entries of 0-100 random bytes. */
    static List<byte[]> entries(long seed, int count) {
        Random random = new Random(seed);
        List<byte[]> entries = new ArrayList<>(count);
        for (int entry = 0; entry < count; entry++) {
            byte[] data = new byte[random.nextInt(101)];
            random.nextBytes(data);
            entries.add(data);
        }
        return entries;
    }

    static MerkleTreeLevels levelsOf(List<byte[]> entries) {
        MerkleTreeLevels levels = new MerkleTreeLevels();
        for (byte[] entry : entries) {
            levels.append(MerkleHashes.leafHash(entry));
        }
        return levels;
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(LedgerSamples::hex).toList();
    }

    static byte[] flipBit(byte[] bytes, int bit) {
        byte[] flipped = bytes.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    /** A copy of {@code proof} with one bit of element {@code element} flipped. */
    static List<byte[]> flipBit(List<byte[]> proof, int element, int bit) {
        List<byte[]> changed = new ArrayList<>(proof);
        changed.set(element, flipBit(proof.get(element), bit));
        return changed;
    }
}
