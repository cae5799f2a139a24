package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerSigningKeyTest {

    private static final LedgerSigningKey KEY = LedgerSigningKey.generate();
    private static final LedgerSigningKey OTHER_KEY = LedgerSigningKey.generate();

    private final Random random = new Random(51);

    @Test
    void a_signed_tree_head_verifies_with_the_public_key() {
        for (int sample = 0; sample < 50; sample++) {
            SignedTreeHead head = KEY.sign(random.nextLong(1L << 40), randomHash(), random.nextLong(1L << 45));
            assertThat(SignedTreeHeads.verify(head, KEY.publicKeyX509())).isTrue();
        }
    }

    @Test
    void a_changed_size_root_or_timestamp_fails() {
        byte[] root = randomHash();
        SignedTreeHead head = KEY.sign(1000, root, 1_700_000_000_000L);
        String otherRoot = LedgerSamples.hex(LedgerSamples.flipBit(root, random.nextInt(256)));
        for (SignedTreeHead changed : new SignedTreeHead[] {
                new SignedTreeHead(1001, head.rootHash(), head.timestamp(), head.signature(), head.keyId()),
                new SignedTreeHead(999, head.rootHash(), head.timestamp(), head.signature(), head.keyId()),
                new SignedTreeHead(1000, otherRoot, head.timestamp(), head.signature(), head.keyId()),
                new SignedTreeHead(1000, head.rootHash(), head.timestamp() + 1, head.signature(), head.keyId())}) {
            assertThat(SignedTreeHeads.verify(changed, KEY.publicKeyX509())).as("%s", changed).isFalse();
        }
    }

    @Test
    void another_key_or_a_head_naming_another_key_fails() {
        SignedTreeHead head = KEY.sign(5, randomHash(), 1L);
        assertThat(SignedTreeHeads.verify(head, OTHER_KEY.publicKeyX509())).isFalse();
        SignedTreeHead renamed = new SignedTreeHead(5, head.rootHash(), 1L, head.signature(), OTHER_KEY.keyId());
        assertThat(SignedTreeHeads.verify(renamed, KEY.publicKeyX509())).isFalse();
        SignedTreeHead bySomeoneElse = OTHER_KEY.sign(5, head.rootHashBytes(), 1L);
        SignedTreeHead forged = new SignedTreeHead(5, head.rootHash(), 1L, bySomeoneElse.signature(), KEY.keyId());
        assertThat(SignedTreeHeads.verify(forged, KEY.publicKeyX509())).isFalse();
    }

    @Test
    void a_flipped_bit_in_the_signature_fails() {
        SignedTreeHead head = KEY.sign(77, randomHash(), 123L);
        byte[] signature = Base64.getDecoder().decode(head.signature());
        for (int bit = 0; bit < signature.length * 8; bit++) {
            String changed = Base64.getEncoder().encodeToString(LedgerSamples.flipBit(signature, bit));
            assertThat(SignedTreeHeads.verify(new SignedTreeHead(77, head.rootHash(), 123L, changed, head.keyId()),
                    KEY.publicKeyX509())).as("bit %d", bit).isFalse();
        }
    }

    @Test
    void malformed_signatures_and_keys_fail_without_throwing() {
        SignedTreeHead head = KEY.sign(77, randomHash(), 123L);
        for (String signature : new String[] {"", "not base64!", "AAAA", head.signature() + "AAAA"}) {
            assertThat(SignedTreeHeads.verify(new SignedTreeHead(77, head.rootHash(), 123L, signature, head.keyId()),
                    KEY.publicKeyX509())).as(signature).isFalse();
        }
        assertThat(SignedTreeHeads.verify(head, new byte[0])).isFalse();
        assertThat(SignedTreeHeads.verify(head, new byte[] {1, 2, 3})).isFalse();
        assertThat(SignedTreeHeads.verify(head, null)).isFalse();
        assertThat(SignedTreeHeads.verify(null, KEY.publicKeyX509())).isFalse();
    }

    @Test
    void the_key_id_is_16_lowercase_hex_digits_of_the_sha256_of_the_public_key() {
        assertThat(KEY.keyId()).matches("[0-9a-f]{16}");
        assertThat(KEY.keyId()).isEqualTo(LedgerSamples.hex(MerkleHashes.sha256(KEY.publicKeyX509())).substring(0, 16));
        assertThat(KEY.keyId()).isNotEqualTo(OTHER_KEY.keyId());
        assertThat(KEY.sign(1, randomHash(), 1).keyId()).isEqualTo(KEY.keyId());
    }

    @Test
    void the_public_key_is_served_as_base64_of_its_x509_encoding() {
        assertThat(Base64.getDecoder().decode(KEY.publicKeyBase64())).isEqualTo(KEY.publicKeyX509());
        assertThat(KEY.publicKeyX509()).hasSize(44);
    }

    @Test
    void a_key_saved_as_bytes_and_loaded_again_signs_heads_the_old_public_key_verifies() {
        LedgerSigningKey loaded = LedgerSigningKey.load(KEY.toPkcs8(), KEY.publicKeyX509());
        assertThat(loaded.keyId()).isEqualTo(KEY.keyId());
        assertThat(SignedTreeHeads.verify(loaded.sign(9, randomHash(), 9), KEY.publicKeyX509())).isTrue();
    }

    @Test
    void a_key_saved_as_pem_and_loaded_again_keeps_its_key_id() {
        String pem = KEY.toPem();
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").contains("-----BEGIN PUBLIC KEY-----\n");
        LedgerSigningKey loaded = LedgerSigningKey.fromPem(pem);
        assertThat(loaded.keyId()).isEqualTo(KEY.keyId());
        assertThat(LedgerSigningKey.fromPem(pem.replace("\n", "\r\n")).keyId()).isEqualTo(KEY.keyId());
        assertThat(SignedTreeHeads.verify(loaded.sign(3, randomHash(), 3), KEY.publicKeyX509())).isTrue();
    }

    @Test
    void halves_of_two_different_keys_or_garbage_are_refused_on_load() {
        assertThatThrownBy(() -> LedgerSigningKey.load(KEY.toPkcs8(), OTHER_KEY.publicKeyX509()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one pair");
        assertThatThrownBy(() -> LedgerSigningKey.load(new byte[] {1, 2}, KEY.publicKeyX509()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedgerSigningKey.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRIVATE KEY");
    }

    @Test
    void a_root_that_is_not_32_bytes_is_not_signed() {
        assertThatThrownBy(() -> KEY.sign(1, new byte[31], 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_key_prints_only_its_id() {
        assertThat(KEY.toString()).isEqualTo("LedgerSigningKey[keyId=" + KEY.keyId() + "]");
    }

    private byte[] randomHash() {
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        return hash;
    }
}
