package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PersonLinkerTest {

    private final AtomicInteger ids = new AtomicInteger();
    private final PersonLinker linker = new PersonLinker(MatchWeights.defaults(), MatchThresholds.defaults(),
            () -> "person-" + ids.incrementAndGet());

    private static final LocalDate BORN = LocalDate.of(1985, 3, 14);
    private static final Iin NURLAN = Iin.of(BORN, Sex.MALE, 123);
    private static final Iin OTHER = Iin.of(BORN, Sex.MALE, 456);

    private static PersonRecord record(String id, Iin iin, String name, Sex sex, LocalDate born, String region) {
        return new PersonRecord(id, iin, PersonName.parse(name), sex, born, region);
    }

    @Test
    void records_with_one_iin_are_one_person_whatever_their_names() {
        linker.link(record("a/Patient/1", NURLAN, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.link(record("b/Patient/9", NURLAN, "Akhmetov Nurlan", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("a/Patient/1")).isEqualTo(linker.personOf("b/Patient/9"));
        assertThat(linker.persons()).isEqualTo(1);
    }

    @Test
    void a_record_without_iin_joins_the_person_it_matches_in_another_script() {
        linker.link(record("a/Patient/1", NURLAN, "Ахметов Нурлан Серикович", Sex.MALE, BORN, "75"));
        LinkChanges changes = linker.link(record("b/Patient/x", null, "Nurlan Akhmetov", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("b/Patient/x")).isEqualTo(linker.personOf("a/Patient/1"));
        assertThat(changes.links()).singleElement().extracting(LinkChanges.Link::grade).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void the_same_name_and_birth_day_at_two_facilities_without_iin_is_one_person() {
        linker.link(record("a/Patient/m1", null, "Жұмабаева Әлия", Sex.FEMALE, BORN, "02"));
        linker.link(record("b/Patient/m7", null, "Zhumabaeva Aliya", Sex.FEMALE, BORN, "02"));
        assertThat(linker.personOf("a/Patient/m1")).isEqualTo(linker.personOf("b/Patient/m7"));
    }

    @Test
    void a_typo_in_the_birth_date_still_matches_with_a_lower_grade_listed_for_review() {
        linker.link(record("a/Patient/m1", null, "Жұмабаева Әлия Нурлановна", Sex.FEMALE, BORN, "02"));
        LinkChanges changes = linker.link(record("b/Patient/m7", null, "Жумабаева Алия", Sex.FEMALE,
                BORN.withDayOfMonth(15), null));
        assertThat(changes.links()).singleElement().satisfies(link -> {
            assertThat(link.personId()).isEqualTo(linker.personOf("a/Patient/m1").orElseThrow());
            assertThat(link.grade()).isEqualTo(MatchGrade.PROBABLE);
        });
        assertThat(changes.reviews()).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo("match");
            assertThat(review.evidence()).containsEntry("birth_date", "one part differs");
        });
    }

    @Test
    void different_people_stay_apart() {
        linker.link(record("a/Patient/1", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.link(record("a/Patient/2", null, "Иванова Мария", Sex.FEMALE, BORN, "75"));
        assertThat(linker.persons()).isEqualTo(2);
    }

    @Test
    void two_people_with_valid_different_iins_are_never_merged_however_alike() {
        linker.link(record("a/Patient/1", NURLAN, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.link(record("b/Patient/1", OTHER, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        LinkChanges bridge = linker.link(record("c/Patient/1", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("a/Patient/1")).isNotEqualTo(linker.personOf("b/Patient/1"));
        assertThat(bridge.mergedPersons()).isEmpty();
    }

    @Test
    void a_person_known_without_iin_takes_the_iin_when_a_record_with_it_arrives_later() {
        linker.link(record("a/Patient/m1", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        String before = linker.personOf("a/Patient/m1").orElseThrow();
        linker.link(record("b/Patient/1", NURLAN, "Akhmetov Nurlan", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("b/Patient/1")).contains(before);
    }

    @Test
    void an_iin_borrowed_by_another_person_is_linked_and_listed_as_a_conflict_with_evidence() {
        linker.link(record("a/Patient/1", NURLAN, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        LinkChanges changes = linker.link(record("b/Patient/5", NURLAN, "Сейітқали Ерлан", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("b/Patient/5")).isEqualTo(linker.personOf("a/Patient/1"));
        assertThat(changes.reviews()).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo("iin-conflict");
            assertThat(review.otherRecord()).isEqualTo("a/Patient/1");
            assertThat(review.evidence()).containsKey("name");
        });
    }

    @Test
    void a_separate_decision_is_never_undone_by_new_records() {
        linker.link(record("a/Patient/m1", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.link(record("b/Patient/m2", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.decideSeparate("b/Patient/m2", "a/Patient/m1");
        assertThat(linker.personOf("a/Patient/m1")).isNotEqualTo(linker.personOf("b/Patient/m2"));
        linker.link(record("b/Patient/m2", null, "Ахметов Нурлан", Sex.MALE, BORN, "75")); // a new version
        linker.link(record("c/Patient/1", NURLAN, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("a/Patient/m1")).isNotEqualTo(linker.personOf("b/Patient/m2"));
    }

    @Test
    void a_link_decision_joins_two_persons_and_holds_for_new_versions() {
        linker.link(record("a/Patient/m1", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.link(record("b/Patient/m2", null, "Петров Иван", Sex.MALE, LocalDate.of(1990, 1, 1), "75"));
        linker.decideLinked("b/Patient/m2", "a/Patient/m1");
        assertThat(linker.personOf("a/Patient/m1")).isEqualTo(linker.personOf("b/Patient/m2"));
        linker.link(record("b/Patient/m2", null, "Петров Иван", Sex.MALE, LocalDate.of(1990, 1, 2), "75"));
        assertThat(linker.personOf("a/Patient/m1")).isEqualTo(linker.personOf("b/Patient/m2"));
    }

    @Test
    void a_link_decision_between_two_iin_holders_is_refused() {
        linker.link(record("a/Patient/1", NURLAN, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        linker.link(record("b/Patient/1", OTHER, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        assertThatThrownBy(() -> linker.decideLinked("a/Patient/1", "b/Patient/1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different valid IINs");
    }

    @Test
    void a_person_id_is_stable_when_its_record_gets_a_new_version() {
        linker.link(record("a/Patient/m1", null, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        String before = linker.personOf("a/Patient/m1").orElseThrow();
        linker.link(record("a/Patient/m1", null, "Ахметов Нурлан Серикович", Sex.MALE, BORN, "75"));
        assertThat(linker.personOf("a/Patient/m1")).contains(before);
    }

    @Test
    void match_finds_the_records_of_a_probe_with_grades() {
        linker.link(record("a/Patient/1", NURLAN, "Ахметов Нурлан", Sex.MALE, BORN, "75"));
        assertThat(linker.match(record("probe", null, "Akhmetov Nurlan", Sex.MALE, BORN, null)))
                .singleElement().satisfies(link -> {
                    assertThat(link.record()).isEqualTo("a/Patient/1");
                    assertThat(link.grade()).isEqualTo(MatchGrade.CERTAIN);
                    assertThat(link.score()).isBetween(0.9, 1.0);
                });
    }
}
