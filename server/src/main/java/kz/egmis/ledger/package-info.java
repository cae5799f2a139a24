/**
 * The tamper-evident ledger of section 6 of the interchange standard: one append-only Merkle log
 * hashed as RFC 9162 section 2.1 says, its inclusion and consistency proofs, the verification an
 * outside auditor runs, and Ed25519-signed tree heads. Pure domain code: no Spring, no storage.
 *
 * <p>{@link kz.egmis.ledger.MerkleTreeLevels} answers proofs for a log of millions of leaves in
 * microseconds; {@link kz.egmis.ledger.MerkleTree} computes the same over any
 * {@link kz.egmis.ledger.LeafHashSource}, reading leaf hashes; {@link kz.egmis.ledger.MerkleProofs}
 * and {@link kz.egmis.ledger.SignedTreeHeads} are what anyone holding tree heads runs.
 */
package kz.egmis.ledger;
