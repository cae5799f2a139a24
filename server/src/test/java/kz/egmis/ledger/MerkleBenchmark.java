package kz.egmis.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Not a test: how fast this machine hashes, appends and proves. Run with
 * {@code java -Xmx4g -cp <test and main classes> kz.egmis.ledger.MerkleBenchmark [leaves]}.
 * Measures SHA-256 on 100-byte inputs, appending random 100-byte leaves (hash and append), then
 * 10,000 random inclusion and consistency proofs on the full tree, and the memory the tree holds.
 */
public final class MerkleBenchmark {

    private static final int DATA_BYTES = 100;
    private static final int PROOFS = 10_000;

    private MerkleBenchmark() {
    }

    public static void main(String[] arguments) {
        long leaves = arguments.length > 0 ? Long.parseLong(arguments[0]) : 10_000_000L;
        SplittableRandom random = new SplittableRandom(2024);
        System.out.println("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " processors, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        sha256Speed(random);

        MerkleTreeLevels tree = new MerkleTreeLevels();
        byte[] data = new byte[DATA_BYTES];
        long started = System.nanoTime();
        for (long leaf = 0; leaf < leaves; leaf++) {
            fill(data, random);
            tree.append(MerkleHashes.leafHash(data));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print("appended %,d leaves in %.2f s: %,.0f leaves/s (random data, leaf hash and append)", leaves, seconds,
                leaves / seconds);
        memory(tree);

        long size = tree.size();
        byte[] root = tree.rootHash();
        // Warm-up: let the JIT compile the proof paths before timing them.
        inclusionProofs(tree, size, root, new SplittableRandom(1), PROOFS, false);
        consistencyProofs(tree, size, new SplittableRandom(2), PROOFS, false);
        inclusionProofs(tree, size, root, new SplittableRandom(3), PROOFS, true);
        consistencyProofs(tree, size, new SplittableRandom(4), PROOFS, true);
    }

    private static void sha256Speed(SplittableRandom random) {
        byte[] data = new byte[DATA_BYTES];
        fill(data, random);
        byte[] node = new byte[64];
        for (int round = 0; round < 2; round++) {
            int count = round == 0 ? 1_000_000 : 5_000_000;
            long started = System.nanoTime();
            for (int hash = 0; hash < count; hash++) {
                data[hash & 63] ^= (byte) hash;
                data[0] ^= MerkleHashes.leafHash(data)[0];
            }
            long leafNanos = System.nanoTime() - started;
            started = System.nanoTime();
            for (int hash = 0; hash < count; hash++) {
                MerkleHashes.nodeHash(node, 0, node, 32, node, 0);
            }
            long nodeNanos = System.nanoTime() - started;
            if (round == 1) {
                print("SHA-256 leaf hash of 100 bytes: %.0f ns each, %.0f MB/s of data; node hash: %.0f ns each",
                        (double) leafNanos / count, count * (double) DATA_BYTES * 1e3 / leafNanos,
                        (double) nodeNanos / count);
            }
        }
    }

    private static void inclusionProofs(MerkleTreeLevels tree, long size, byte[] root, SplittableRandom random,
            int count, boolean report) {
        long[] nanos = new long[count];
        long verifyNanos = 0;
        TreeSize treeSize = TreeSize.of(size);
        for (int proof = 0; proof < count; proof++) {
            long index = random.nextLong(size);
            long started = System.nanoTime();
            List<byte[]> path = tree.inclusionProof(LeafIndex.of(index), treeSize);
            nanos[proof] = System.nanoTime() - started;
            started = System.nanoTime();
            boolean valid = MerkleProofs.verifyInclusion(tree.leafHash(index), index, size, path, root);
            verifyNanos += System.nanoTime() - started;
            if (!valid) {
                throw new IllegalStateException("inclusion proof of " + index + " does not verify");
            }
        }
        if (report) {
            report("inclusion proofs", nanos, verifyNanos);
        }
    }

    private static void consistencyProofs(MerkleTreeLevels tree, long size, SplittableRandom random, int count,
            boolean report) {
        long[] nanos = new long[count];
        long verifyNanos = 0;
        long rootNanos = 0;
        for (int proof = 0; proof < count; proof++) {
            long second = 2 + random.nextLong(size - 1);
            long first = 1 + random.nextLong(second - 1);
            long started = System.nanoTime();
            List<byte[]> path = tree.consistencyProof(TreeSize.of(first), TreeSize.of(second));
            nanos[proof] = System.nanoTime() - started;
            started = System.nanoTime();
            byte[] firstRoot = tree.rootHash(TreeSize.of(first));
            byte[] secondRoot = tree.rootHash(TreeSize.of(second));
            rootNanos += System.nanoTime() - started;
            started = System.nanoTime();
            boolean valid = MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, path);
            verifyNanos += System.nanoTime() - started;
            if (!valid) {
                throw new IllegalStateException("consistency proof " + first + " to " + second + " does not verify");
            }
        }
        if (report) {
            report("consistency proofs", nanos, verifyNanos);
            print("root hash of a random earlier size: mean %.2f µs", rootNanos / 2e3 / count);
        }
    }

    private static void report(String what, long[] nanos, long verifyNanos) {
        long total = Arrays.stream(nanos).sum();
        Arrays.sort(nanos);
        print("%,d %s: total %.1f ms, mean %.2f µs, median %.2f µs, 99th percentile %.2f µs, max %.2f µs;"
                        + " verifying: mean %.2f µs", nanos.length, what, total / 1e6, total / 1e3 / nanos.length,
                nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 99 / 100] / 1e3, nanos[nanos.length - 1] / 1e3,
                verifyNanos / 1e3 / nanos.length);
    }

    private static void memory(MerkleTreeLevels tree) {
        Runtime runtime = Runtime.getRuntime();
        for (int collection = 0; collection < 3; collection++) {
            System.gc();
        }
        print("memory: stored hashes %,d MiB (%.1f bytes per leaf); heap in use after GC %,d MiB",
                tree.allocatedBytes() >> 20, (double) tree.allocatedBytes() / tree.size(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static void fill(byte[] data, SplittableRandom random) {
        for (int position = 0; position < data.length; position += Long.BYTES) {
            long bits = random.nextLong();
            for (int shift = 0; shift < Long.BYTES && position + shift < data.length; shift++) {
                data[position + shift] = (byte) (bits >>> (8 * shift));
            }
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
