package kz.egmis.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kz.egmis.analytics.internal.PeerComparison.Compared;
import kz.egmis.analytics.internal.PeerComparison.Subject;

class PeerComparisonTest {

    @Test
    void a_subject_is_compared_with_its_regional_group_when_it_has_five_members() {
        // region 71 PHC: 10 12 14 16 60 -> median 14, deviations 4 2 0 2 46: MAD 2
        List<Subject> subjects = new ArrayList<>(List.of(
                phc("a", "71", 10), phc("b", "71", 12), phc("c", "71", 14), phc("d", "71", 16), phc("e", "71", 60)));
        // another region with other values must not change region 71's figures
        subjects.addAll(List.of(phc("x", "75", 1000), phc("y", "75", 1000), phc("z", "75", 1000),
                phc("v", "75", 1000), phc("w", "75", 1000)));
        Map<String, Compared> compared = byKey(PeerComparison.compare(subjects));
        Compared padded = compared.get("e");
        assertThat(padded.peerMedian()).isEqualTo(14.0);
        assertThat(padded.peerCount()).isEqualTo(5);
        assertThat(padded.national()).isFalse();
        assertThat(padded.robustZ()).isCloseTo(0.6745 * 46 / 2, within(1e-9));
        assertThat(padded.isOutlier()).isTrue();
        assertThat(compared.get("d").robustZ()).isCloseTo(0.6745, within(1e-9));
        assertThat(compared.get("d").isOutlier()).isFalse();
    }

    @Test
    void a_region_with_fewer_than_five_of_a_type_falls_back_to_that_type_nationally() {
        // region 75 has four PHC: each is compared with all eight PHC: 1 2 3 4 5 6 7 100
        // median (4 + 5) / 2 = 4.5; deviations 3.5 2.5 1.5 0.5 0.5 1.5 2.5 95.5 -> MAD (1.5 + 2.5) / 2 = 2
        List<Subject> subjects = List.of(phc("a", "71", 1), phc("b", "71", 2), phc("c", "71", 3), phc("d", "71", 4),
                phc("e", "75", 5), phc("f", "75", 6), phc("g", "75", 7), phc("h", "75", 100));
        Map<String, Compared> compared = byKey(PeerComparison.compare(subjects));
        Compared h = compared.get("h");
        assertThat(h.national()).isTrue();
        assertThat(h.peerCount()).isEqualTo(8);
        assertThat(h.peerMedian()).isEqualTo(4.5);
        assertThat(h.robustZ()).isCloseTo(0.6745 * 95.5 / 2, within(1e-9));
        assertThat(compared.get("a").national()).isTrue();
    }

    @Test
    void facilities_of_another_type_are_never_peers() {
        List<Subject> subjects = List.of(phc("a", "71", 1), phc("b", "71", 2), phc("c", "71", 3), phc("d", "71", 4),
                phc("e", "71", 5), new Subject("h", "HOSP|71", "HOSP", 1_000_000));
        Map<String, Compared> compared = byKey(PeerComparison.compare(subjects));
        assertThat(compared.get("e").peerMedian()).isEqualTo(3.0);
        assertThat(compared.get("e").peerCount()).isEqualTo(5);
        // a lone hospital has only itself as a peer: no variation, no score
        assertThat(compared.get("h").peerCount()).isEqualTo(1);
        assertThat(compared.get("h").robustZ()).isNull();
    }

    @Test
    void peers_with_equal_values_give_no_score_even_to_the_odd_one() {
        List<Subject> subjects = List.of(phc("a", "71", 7), phc("b", "71", 7), phc("c", "71", 7), phc("d", "71", 7),
                phc("e", "71", 7), phc("f", "71", 70));
        Compared odd = byKey(PeerComparison.compare(subjects)).get("f");
        assertThat(odd.peerMedian()).isEqualTo(7.0);
        assertThat(odd.robustZ()).isNull();
        assertThat(odd.isOutlier()).isFalse();
    }

    private static Subject phc(String key, String region, double value) {
        return new Subject(key, "PHC|" + region, "PHC", value);
    }

    private static Map<String, Compared> byKey(List<Compared> compared) {
        return compared.stream().collect(Collectors.toMap(c -> c.subject().key(), Function.identity()));
    }
}
