package kz.egmis.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PeerStatisticsTest {

    @Test
    void the_median_of_an_odd_set_is_its_middle_value() {
        // 1 2 3 4 100: median 3; deviations 2 1 0 1 97 -> sorted 0 1 1 2 97: MAD 1
        PeerStatistics peers = PeerStatistics.of(List.of(4.0, 1.0, 100.0, 3.0, 2.0));
        assertThat(peers.median()).isEqualTo(3.0);
        assertThat(peers.mad()).isEqualTo(1.0);
        assertThat(peers.count()).isEqualTo(5);
    }

    @Test
    void the_median_of_an_even_set_is_the_mean_of_its_middle_values() {
        // 10 20 30 40: median 25; deviations 15 5 5 15: MAD (5 + 15) / 2 = 10
        PeerStatistics peers = PeerStatistics.of(List.of(40.0, 10.0, 30.0, 20.0));
        assertThat(peers.median()).isEqualTo(25.0);
        assertThat(peers.mad()).isEqualTo(10.0);
    }

    @Test
    void the_robust_z_is_the_scaled_deviation_from_the_median_in_mads() {
        PeerStatistics peers = PeerStatistics.of(List.of(4.0, 1.0, 100.0, 3.0, 2.0));
        assertThat(peers.robustZ(100.0)).isCloseTo(0.6745 * 97, within(1e-9));
        assertThat(peers.robustZ(2.0)).isCloseTo(-0.6745, within(1e-9));
        assertThat(PeerStatistics.isOutlier(peers.robustZ(100.0))).isTrue();
        assertThat(PeerStatistics.isOutlier(peers.robustZ(4.0))).isFalse();
    }

    @Test
    void an_outlier_starts_at_exactly_three_and_a_half() {
        assertThat(PeerStatistics.isOutlier(3.5)).isTrue();
        assertThat(PeerStatistics.isOutlier(3.4999)).isFalse();
        assertThat(PeerStatistics.isOutlier(null)).isFalse();
    }

    @Test
    void peers_that_do_not_vary_give_no_robust_z() {
        // 5 5 5 9: median 5, deviations 0 0 0 4: MAD 0
        PeerStatistics peers = PeerStatistics.of(List.of(5.0, 5.0, 5.0, 9.0));
        assertThat(peers.mad()).isZero();
        assertThat(peers.robustZ(9.0)).isNull();
    }
}
