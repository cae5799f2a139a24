package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MatchWeightsTest {

    @Test
    void too_few_iin_pairs_give_the_defaults() {
        assertThat(MatchWeights.estimate(List.of()).origin()).isEqualTo("defaults");
    }

    @Test
    void weights_estimated_from_iin_linked_pairs_reward_agreement_and_punish_disagreement() {
        List<PersonRecord> records = new ArrayList<>();
        String[] surnames = {"Ахметов", "Иванов", "Сейітқали", "Жұмабаев", "Ким", "Петров", "Омаров", "Смагулов"};
        String[] given = {"Нурлан", "Ерлан", "Иван", "Серік", "Марат", "Данияр", "Асхат", "Тимур", "Олжас", "Бауыржан"};
        for (int person = 0; person < 400; person++) {
            LocalDate born = LocalDate.of(1950 + person % 60, 1 + person % 12, 1 + person % 28);
            Iin iin = Iin.of(born, Sex.MALE, person);
            String name = surnames[person % surnames.length] + " " + given[(person / 8) % given.length];
            records.add(new PersonRecord("a/Patient/" + person, iin, PersonName.parse(name), Sex.MALE, born, "75"));
            records.add(new PersonRecord("b/Patient/" + person, iin, PersonName.parse(name), Sex.MALE, born, "75"));
        }
        MatchWeights weights = MatchWeights.estimate(records);
        assertThat(weights.origin()).isEqualTo("estimated from 400 IIN-linked pairs");
        assertThat(weights.weight(MatchField.BIRTH_DATE, 0)).isGreaterThan(5);
        assertThat(weights.weight(MatchField.BIRTH_DATE, 2)).isLessThan(-5);
        assertThat(weights.weight(MatchField.SURNAME, 0)).isGreaterThan(2);
        assertThat(weights.m(MatchField.SURNAME, 0)).isGreaterThan(0.9);
    }
}
