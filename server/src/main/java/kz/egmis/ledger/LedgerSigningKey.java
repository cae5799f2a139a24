package kz.egmis.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger's Ed25519 key pair, which signs tree heads. Save it with {@link #toPkcs8()} and
 * {@link #publicKeyX509()} (or {@link #toPem()}) and load it with {@link #load} (or
 * {@link #fromPem}); both halves are needed, as the JDK cannot derive an Ed25519 public key from
 * the private one. Thread-safe.
 */
public final class LedgerSigningKey {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");
    private static final byte[] PAIRING_PROBE = "does this private key belong to this public key".getBytes(
            StandardCharsets.UTF_8);

    private final PrivateKey privateKey;
    private final byte[] publicKeyX509;
    private final String keyId;

    private LedgerSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKeyX509 = publicKey.getEncoded();
        this.keyId = SignedTreeHeads.keyId(publicKeyX509);
    }

    /** A new random key pair. */
    public static LedgerSigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(SignedTreeHeads.ALGORITHM).generateKeyPair();
            return new LedgerSigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("this Java runtime cannot make Ed25519 keys (Java 15 and later can)", missing);
        }
    }

    /**
     * The key pair saved as {@link #toPkcs8()} and {@link #publicKeyX509()}.
     *
     * @throws IllegalArgumentException when either is not an Ed25519 key or they are not one pair
     */
    public static LedgerSigningKey load(byte[] pkcs8PrivateKey, byte[] x509PublicKey) {
        Objects.requireNonNull(pkcs8PrivateKey, "pkcs8PrivateKey");
        Objects.requireNonNull(x509PublicKey, "x509PublicKey");
        LedgerSigningKey key;
        try {
            PrivateKey privateKey = KeyFactory.getInstance(SignedTreeHeads.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
            key = new LedgerSigningKey(privateKey, SignedTreeHeads.publicKey(x509PublicKey));
        } catch (GeneralSecurityException | RuntimeException unreadable) {
            throw new IllegalArgumentException("the ledger key is not an Ed25519 PKCS#8 private key and X.509 public key: "
                    + unreadable.getMessage(), unreadable);
        }
        if (!key.belongTogether()) {
            throw new IllegalArgumentException("the ledger's private and public keys are not one pair: restore both"
                    + " files of the same key");
        }
        return key;
    }

    /** The key pair from {@link #toPem()}: a PRIVATE KEY block and a PUBLIC KEY block, in any order. */
    public static LedgerSigningKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        byte[] privateKey = null;
        byte[] publicKey = null;
        Matcher block = PEM_BLOCK.matcher(pem);
        while (block.find()) {
            byte[] body = Base64.getMimeDecoder().decode(block.group(2));
            switch (block.group(1)) {
                case "PRIVATE KEY" -> privateKey = body;
                case "PUBLIC KEY" -> publicKey = body;
                default -> throw new IllegalArgumentException("unexpected PEM block " + block.group(1)
                        + " in the ledger key: only PRIVATE KEY and PUBLIC KEY belong there");
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalArgumentException("the ledger key needs a PRIVATE KEY and a PUBLIC KEY PEM block");
        }
        return load(privateKey, publicKey);
    }

    /** Both halves as PEM (PKCS#8 PRIVATE KEY, then X.509 PUBLIC KEY). Keep it secret. */
    public String toPem() {
        Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN PRIVATE KEY-----\n" + lines.encodeToString(toPkcs8()) + "\n-----END PRIVATE KEY-----\n"
                + "-----BEGIN PUBLIC KEY-----\n" + lines.encodeToString(publicKeyX509) + "\n-----END PUBLIC KEY-----\n";
    }

    /** The private key, PKCS#8 encoded. Keep it secret. */
    public byte[] toPkcs8() {
        return privateKey.getEncoded();
    }

    /** The public key's X.509 SubjectPublicKeyInfo encoding. */
    public byte[] publicKeyX509() {
        return publicKeyX509.clone();
    }

    /** The public key as {@code GET /api/ledger/key} serves it: base64 of the X.509 encoding. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKeyX509);
    }

    /** The first 16 lowercase hex digits of the SHA-256 of {@link #publicKeyX509()}. */
    public String keyId() {
        return keyId;
    }

    /**
     * A signed tree head for the given size, root and time.
     *
     * @param rootHash  the {@value MerkleHashes#HASH_LENGTH}-byte root hash
     * @param timestamp epoch milliseconds
     */
    public SignedTreeHead sign(long treeSize, byte[] rootHash, long timestamp) {
        Objects.requireNonNull(rootHash, "rootHash");
        if (rootHash.length != MerkleHashes.HASH_LENGTH) {
            throw new IllegalArgumentException("a root hash has " + MerkleHashes.HASH_LENGTH + " bytes, not "
                    + rootHash.length);
        }
        SignedTreeHead unsigned = new SignedTreeHead(treeSize, HexFormat.of().formatHex(rootHash), timestamp, "", keyId);
        String signature = Base64.getEncoder().encodeToString(signature(unsigned.signedBytes()));
        return new SignedTreeHead(treeSize, unsigned.rootHash(), timestamp, signature, keyId);
    }

    @Override
    public String toString() {
        return "LedgerSigningKey[keyId=" + keyId + "]";
    }

    private boolean belongTogether() {
        try {
            Signature verifier = Signature.getInstance(SignedTreeHeads.ALGORITHM);
            verifier.initVerify(SignedTreeHeads.publicKey(publicKeyX509));
            verifier.update(PAIRING_PROBE);
            return verifier.verify(signature(PAIRING_PROBE));
        } catch (GeneralSecurityException | RuntimeException failed) {
            return false;
        }
    }

    /** A Signature object per call: they are not thread-safe, and heads are signed rarely. */
    private byte[] signature(byte[] message) {
        try {
            Signature signer = Signature.getInstance(SignedTreeHeads.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("Ed25519 signing failed", failed);
        }
    }
}
