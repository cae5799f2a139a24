package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RecordComparisonTest {

    private static int level(String first, String second) {
        return RecordComparison.birthDateLevel(LocalDate.parse(first), LocalDate.parse(second));
    }

    @Test
    void a_typing_error_in_a_birth_date_is_one_part_differing_and_another_year_is_not() {
        assertThat(level("1985-03-14", "1985-03-14")).isZero();
        assertThat(level("1985-03-14", "1985-03-15")).isEqualTo(1); // off by a day
        assertThat(level("1985-03-14", "1985-03-11")).isEqualTo(1); // one digit
        assertThat(level("1985-03-14", "1958-03-14")).isEqualTo(1); // neighbours swapped
        assertThat(level("1985-03-04", "1985-04-03")).isEqualTo(1); // day and month swapped
        assertThat(level("1985-03-09", "1985-03-10")).isEqualTo(1); // off by a day across digits
        assertThat(level("1960-12-28", "1947-12-28")).isEqualTo(2);
        assertThat(RecordComparison.birthDateLevel(null, LocalDate.of(1985, 3, 14))).isEqualTo(MatchField.MISSING);
    }

    @Test
    void missing_fields_give_no_evidence_and_every_field_is_described() {
        PersonRecord named = new PersonRecord("a", null, PersonName.parse("Ахметов Нурлан"), Sex.MALE,
                LocalDate.of(1985, 3, 14), null);
        PersonRecord unnamed = new PersonRecord("b", null, PersonName.NONE, null, LocalDate.of(1985, 3, 14), "75");
        RecordComparison comparison = RecordComparison.of(named, unnamed);
        assertThat(comparison.level(MatchField.SURNAME)).isEqualTo(MatchField.MISSING);
        assertThat(comparison.describe()).containsEntry("birth_date", "agree").containsEntry("sex", "missing")
                .containsEntry("region", "missing").hasSize(MatchField.values().length);
        assertThat(MatchWeights.defaults().weight(comparison))
                .isEqualTo(MatchWeights.defaults().weight(MatchField.BIRTH_DATE, 0));
    }

    @Test
    void blocking_files_a_swapped_name_in_the_same_block() {
        PersonRecord russianOrder = new PersonRecord("a", null, PersonName.parse("Ахметов Нурлан"), null,
                LocalDate.of(1985, 3, 14), null);
        PersonRecord latinOrder = new PersonRecord("b", null, PersonName.parse("Nurlan Akhmetov"), null,
                LocalDate.of(1986, 3, 14), null);
        assertThat(BlockingKeys.of(russianOrder)).containsAnyElementsOf(BlockingKeys.of(latinOrder));
    }

    @Test
    void thresholds_grade_weights_and_scores_invert() {
        MatchThresholds thresholds = MatchThresholds.defaults();
        assertThat(thresholds.grade(30)).isEqualTo(MatchGrade.CERTAIN);
        assertThat(thresholds.grade(18)).isEqualTo(MatchGrade.PROBABLE);
        assertThat(thresholds.grade(12)).isEqualTo(MatchGrade.POSSIBLE);
        assertThat(thresholds.grade(2)).isNull();
        assertThat(thresholds.weight(thresholds.score(19.5))).isCloseTo(19.5, org.assertj.core.api.Assertions.within(1e-9));
    }
}
