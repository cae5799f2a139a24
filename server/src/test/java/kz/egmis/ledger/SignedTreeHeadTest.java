package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignedTreeHeadTest {

    private static final String ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

    @Test
    void the_signed_text_is_size_root_and_timestamp_joined_by_colons() {
        SignedTreeHead head = new SignedTreeHead(8, ROOT, 1_700_000_000_123L, "c2ln", "0123456789abcdef");
        assertThat(head.signedText()).isEqualTo("8:" + ROOT + ":1700000000123");
        assertThat(head.signedBytes()).isEqualTo(head.signedText().getBytes(StandardCharsets.UTF_8));
        assertThat(LedgerSamples.hex(head.rootHashBytes())).isEqualTo(ROOT);
    }

    @Test
    void the_empty_tree_head_signs_size_zero_and_the_empty_root() {
        byte[] empty = MerkleHashes.emptyRootHash();
        SignedTreeHead head = LedgerSigningKey.generate().sign(0, empty, 0);
        assertThat(head.signedText()).isEqualTo("0:" + LedgerSamples.hex(empty) + ":0");
    }

    @Test
    void a_root_that_is_not_64_lowercase_hex_digits_is_refused() {
        for (String root : new String[] {ROOT.toUpperCase(), ROOT.substring(1), ROOT + "0", "", ROOT.replace('a', 'g')}) {
            assertThatThrownBy(() -> new SignedTreeHead(8, root, 1, "c2ln", "0123456789abcdef"))
                    .as(root).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_negative_size_or_timestamp_or_a_missing_field_is_refused() {
        assertThatThrownBy(() -> new SignedTreeHead(-1, ROOT, 1, "c2ln", "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTreeHead(1, ROOT, -1, "c2ln", "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTreeHead(1, null, 1, "c2ln", "k")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SignedTreeHead(1, ROOT, 1, null, "k")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SignedTreeHead(1, ROOT, 1, "c2ln", null)).isInstanceOf(NullPointerException.class);
    }
}
