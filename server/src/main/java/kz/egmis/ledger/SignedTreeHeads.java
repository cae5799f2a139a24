package kz.egmis.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Checking signed tree heads, as anyone holding the ledger's public key does. */
public final class SignedTreeHeads {

    static final String ALGORITHM = "Ed25519";
    private static final int KEY_ID_BYTES = 8;

    private SignedTreeHeads() {
    }

    /**
     * Whether {@code head} was signed by the key whose X.509 SubjectPublicKeyInfo encoding is
     * {@code publicKeyX509}, names that key, and is unchanged. Never throws: anything malformed
     * (not base64, not an Ed25519 key, null) answers false.
     */
    public static boolean verify(SignedTreeHead head, byte[] publicKeyX509) {
        if (head == null || publicKeyX509 == null) {
            return false;
        }
        try {
            if (!head.keyId().equals(keyId(publicKeyX509))) {
                return false;
            }
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(publicKeyX509));
            verifier.update(head.signedBytes());
            return verifier.verify(Base64.getDecoder().decode(head.signature()));
        } catch (GeneralSecurityException | RuntimeException malformed) {
            return false;
        }
    }

    /** The first 16 lowercase hex digits of the SHA-256 of a public key's X.509 encoding. */
    public static String keyId(byte[] publicKeyX509) {
        return HexFormat.of().formatHex(Arrays.copyOf(MerkleHashes.sha256(publicKeyX509), KEY_ID_BYTES));
    }

    static PublicKey publicKey(byte[] publicKeyX509) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKeyX509));
    }
}
