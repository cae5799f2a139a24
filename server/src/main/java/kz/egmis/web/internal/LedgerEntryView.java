package kz.egmis.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import kz.egmis.ledger.LedgerReads;
import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.MerkleProofs;
import kz.egmis.ledger.SignedTreeHead;

/**
 * A leaf of the ledger as a page shows it: its data, its hash, the signed head it is checked against, the audit
 * path, and whether that path leads from the leaf to the head's root (checked here with the same code a witness
 * runs; anyone can repeat it with the ledger page's instructions).
 */
public record LedgerEntryView(long index, String data, String leafHash, long treeSize, String rootHash, String signedAt,
                       String keyId, List<String> path, boolean included) {

    static LedgerEntryView of(LedgerReads ledger, long index) {
        SignedTreeHead head = ledger.latestHead();
        LedgerReads.Leaf leaf = ledger.leaf(index).orElse(null);
        if (leaf == null || index >= head.treeSize()) {
            return null;
        }
        List<String> path = ledger.inclusionProof(index, head.treeSize());
        byte[] leafHash = MerkleHashes.leafHash(leaf.data().getBytes(StandardCharsets.UTF_8));
        boolean included = MerkleProofs.verifyInclusion(leafHash, index, head.treeSize(),
                path.stream().map(HexFormat.of()::parseHex).toList(), head.rootHashBytes());
        return new LedgerEntryView(index, leaf.data(), HexFormat.of().formatHex(leafHash), head.treeSize(),
                head.rootHash(), Formats.time(Instant.ofEpochMilli(head.timestamp())), head.keyId(), path, included);
    }
}
