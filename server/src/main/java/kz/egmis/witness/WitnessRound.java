package kz.egmis.witness;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.MerkleProofs;
import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.ledger.SignedTreeHeads;

/**
 * One round of checks against the server: its key is the pinned one, its head is signed by it, the head extends
 * the newest head held (or is it, unchanged), and a few random leaves are in it. The first failed check ends the
 * round as a {@link WitnessProblem}.
 */
final class WitnessRound {

    /** What a round leaves behind: the state to save and the line to print. */
    record Outcome(WitnessState state, String line, boolean problem) {
    }

    private final LedgerClient ledger;
    private final int spotChecks;
    private final RandomGenerator random;

    WitnessRound(LedgerClient ledger, int spotChecks, RandomGenerator random) {
        this.ledger = ledger;
        this.spotChecks = spotChecks;
        this.random = random;
    }

    Outcome run(WitnessState held, long now) {
        WitnessState state = held;
        try {
            LedgerClient.PublishedKey key = ledger.key();
            if (!SignedTreeHeads.keyId(key.encoded()).equals(key.keyId())) {
                throw new WitnessProblem("key", "the server names its key " + key.keyId() + " but that key's id is "
                        + SignedTreeHeads.keyId(key.encoded()));
            }
            boolean first = !state.pinned();
            state = first ? state.pinning(key) : state;
            if (!key.publicKey().equals(state.publicKey())) {
                throw new WitnessProblem("key-changed", "the server now serves key " + key.keyId() + ", not the pinned "
                        + state.keyId() + "; a deliberate change of key needs a new state file");
            }
            SignedTreeHead head = ledger.treeHead();
            checkSignature(head, state);
            Optional<SignedTreeHead> newest = state.newest();
            String extension = newest.isEmpty() ? "first head held" : extension(newest.get(), head);
            int included = spotCheck(head);
            boolean unchanged = newest.isPresent() && newest.get().equals(head);
            String line = "OK size " + head.treeSize() + " root " + head.rootHash().substring(0, 16) + "... signed "
                    + Instant.ofEpochMilli(head.timestamp()) + " by " + head.keyId() + ": " + (first ? "key pinned, " : "")
                    + extension + ", " + included + " leaves spot-checked";
            return new Outcome(unchanged ? state : state.accepting(head), line, false);
        } catch (WitnessProblem problem) {
            WitnessState kept = problem.evidence() == null ? state
                    : state.refusing(problem.evidence(), problem.kind() + ": " + problem.getMessage(), now);
            return new Outcome(kept, problem.line(), true);
        } catch (RuntimeException unexpected) {
            // a bug or an answer nobody foresaw: still one line, and the watch goes on
            return new Outcome(state, "PROBLEM unexpected: " + unexpected, true);
        }
    }

    private static void checkSignature(SignedTreeHead head, WitnessState state) throws WitnessProblem {
        if (!head.keyId().equals(state.keyId())) {
            throw new WitnessProblem("signature", "the head of size " + head.treeSize() + " names key " + head.keyId()
                    + ", not the pinned " + state.keyId(), head);
        }
        if (!SignedTreeHeads.verify(head, Base64.getDecoder().decode(state.publicKey()))) {
            throw new WitnessProblem("signature", "the signature of the head of size " + head.treeSize()
                    + " does not verify over \"" + head.signedText() + "\" with the pinned key", head);
        }
    }

    /** Checks that {@code head} extends {@code held}; answers how, for the OK line. */
    private String extension(SignedTreeHead held, SignedTreeHead head) throws WitnessProblem {
        String heldText = "the held head of size " + held.treeSize() + " (root " + held.rootHash() + ", signed "
                + Instant.ofEpochMilli(held.timestamp()) + ")";
        if (head.treeSize() < held.treeSize()) {
            throw new WitnessProblem("rollback", "the server's head has size " + head.treeSize() + " (root "
                    + head.rootHash() + "), smaller than " + heldText + ": leaves were removed", head);
        }
        if (head.treeSize() == held.treeSize()) {
            if (!head.rootHash().equals(held.rootHash())) {
                throw new WitnessProblem("fork", "the server signed root " + head.rootHash() + " for size "
                        + head.treeSize() + ", but " + heldText + ": two different logs of one size", head);
            }
            return "unchanged since size " + held.treeSize();
        }
        if (head.timestamp() < held.timestamp()) {
            throw new WitnessProblem("time", "the head of size " + head.treeSize() + " is signed "
                    + Instant.ofEpochMilli(head.timestamp()) + ", before " + heldText, head);
        }
        List<byte[]> proof = ledger.consistencyProof(held.treeSize(), head.treeSize());
        if (!MerkleProofs.verifyConsistency(held.treeSize(), head.treeSize(), held.rootHashBytes(), head.rootHashBytes(),
                proof)) {
            throw new WitnessProblem("inconsistent", "the head of size " + head.treeSize() + " (root " + head.rootHash()
                    + ") does not extend " + heldText + ": the consistency proof fails, the log was rewritten", head);
        }
        return "extends size " + held.treeSize();
    }

    /** Checks the newest leaf and random others against the head; answers how many were checked. */
    private int spotCheck(SignedTreeHead head) throws WitnessProblem {
        long size = head.treeSize();
        TreeSet<Long> indexes = new TreeSet<>();
        if (size > 0 && spotChecks > 0) {
            indexes.add(size - 1);
        }
        while (indexes.size() < Math.min(spotChecks, size)) {
            indexes.add(random.nextLong(size));
        }
        for (long index : indexes) {
            byte[] leafHash = MerkleHashes.leafHash(ledger.leafData(index));
            if (!MerkleProofs.verifyInclusion(leafHash, index, size, ledger.inclusionProof(index, size),
                    head.rootHashBytes())) {
                throw new WitnessProblem("not-included", "leaf " + index + " as the server answers it is not in the head"
                        + " of size " + size + " (root " + head.rootHash() + ") by its inclusion proof", head);
            }
        }
        return indexes.size();
    }
}
