package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LeafIndexAndTreeSizeTest {

    @Test
    void negative_indices_and_sizes_are_refused() {
        assertThatThrownBy(() -> LeafIndex.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> TreeSize.of(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tree_contains_the_leaves_below_its_size() {
        assertThat(TreeSize.of(3).contains(LeafIndex.of(2))).isTrue();
        assertThat(TreeSize.of(3).contains(LeafIndex.of(3))).isFalse();
        assertThat(TreeSize.EMPTY.contains(LeafIndex.of(0))).isFalse();
    }

    @Test
    void they_print_as_plain_numbers() {
        assertThat(LeafIndex.of(42)).hasToString("42");
        assertThat(TreeSize.of(7)).hasToString("7");
    }
}
