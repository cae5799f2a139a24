package kz.egmis.identity;

import static kz.egmis.identity.ChecksumBySpecification.NONE;
import static kz.egmis.identity.ChecksumBySpecification.checkDigit;
import static kz.egmis.identity.ChecksumBySpecification.complete;
import static kz.egmis.identity.ChecksumBySpecification.digitAt;
import static kz.egmis.identity.ChecksumBySpecification.firstPass;
import static kz.egmis.identity.ChecksumBySpecification.withDigit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties of IINs over many people; their IINs are made here from the standard's text. */
class IinPropertiesTest {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1800, 1, 1);
    private static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2099, 12, 31);

    record Person(LocalDate birthDate, Sex sex, int serial) {
        /** Digits 1-11 as the standard lays them out. */
        String elevenDigits() {
            // Digit 7: 1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s; odd male, even female.
            int centuryDigit = 2 * (birthDate.getYear() / 100 - 18) + (sex == Sex.MALE ? 1 : 2);
            return String.format(Locale.ROOT, "%02d%02d%02d%d%04d", birthDate.getYear() % 100,
                    birthDate.getMonthValue(), birthDate.getDayOfMonth(), centuryDigit, serial);
        }
    }

    /** Edge cases first (range ends, century turns, leap days), then random people. */
    private static Stream<Person> people(long seed) {
        Random random = new Random(seed);
        Stream<Person> edges = Stream.of(
                new Person(FIRST_BIRTH_DATE, Sex.MALE, 0),
                new Person(LAST_BIRTH_DATE, Sex.FEMALE, 9999),
                new Person(LocalDate.of(1899, 12, 31), Sex.FEMALE, 1),
                new Person(LocalDate.of(1900, 1, 1), Sex.MALE, 1),
                new Person(LocalDate.of(1999, 12, 31), Sex.MALE, 1),
                new Person(LocalDate.of(2000, 2, 29), Sex.FEMALE, 1));
        long days = LAST_BIRTH_DATE.toEpochDay() - FIRST_BIRTH_DATE.toEpochDay() + 1;
        Stream<Person> randomOnes = Stream.generate(() -> new Person(
                        LocalDate.ofEpochDay(FIRST_BIRTH_DATE.toEpochDay() + random.nextLong(days)),
                        random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                        random.nextInt(10_000)))
                .limit(RandomSamples.COUNT);
        return Stream.concat(edges, randomOnes);
    }

    private static Stream<Person> peopleWithAValidIin(long seed) {
        return people(seed).filter(person -> checkDigit(person.elevenDigits()) != NONE);
    }

    @Test
    void every_valid_iin_parses_and_decodes_to_its_birth_date_and_sex() {
        peopleWithAValidIin(1).forEach(person -> {
            String digits = complete(person.elevenDigits());

            Iin iin = Iin.parse(digits);

            assertThat(iin.birthDate()).as(digits).isEqualTo(person.birthDate());
            assertThat(iin.sex()).as(digits).isEqualTo(person.sex());
            assertThat(iin).hasToString(digits);
            assertThat(Iin.isValid(digits)).isTrue();
        });
    }

    @Test
    void of_builds_the_iin_with_the_requested_serial_or_the_next_if_that_has_no_check_digit() {
        List<Person> people = people(2).toList();
        people.forEach(IinPropertiesTest::assertOfBuildsTheExpectedIin);
        // Guard against a vacuous pass: about 1 serial in 121 has no check digit.
        assertThat(people).anyMatch(person -> checkDigit(person.elevenDigits()) == NONE);
    }

    @Test
    void of_builds_an_iin_for_every_serial_of_these_birth_dates() {
        // Exhaustive, so the rare carries (a serial ending in 9 without a check digit) are covered too.
        for (LocalDate birthDate : new LocalDate[] {LocalDate.of(1990, 3, 22), LocalDate.of(2001, 12, 31)}) {
            for (Sex sex : Sex.values()) {
                for (int serial = 0; serial <= 9999; serial++) {
                    assertOfBuildsTheExpectedIin(new Person(birthDate, sex, serial));
                }
            }
        }
    }

    private static void assertOfBuildsTheExpectedIin(Person person) {
        Iin iin = Iin.of(person.birthDate(), person.sex(), person.serial());

        boolean requestedHasCheckDigit = checkDigit(person.elevenDigits()) != NONE;
        int expectedSerial = requestedHasCheckDigit ? person.serial() : (person.serial() + 1) % 10_000;
        Person expected = new Person(person.birthDate(), person.sex(), expectedSerial);
        assertThat(iin.value()).as(person.toString()).isEqualTo(complete(expected.elevenDigits()));
        assertThat(iin.birthDate()).isEqualTo(person.birthDate());
        assertThat(iin.sex()).isEqualTo(person.sex());
    }

    @Test
    void a_correctly_checked_number_is_an_iin_exactly_when_digit_7_is_1_to_6_and_the_date_is_real() {
        // Months 0-13 and days 0-32, so impossible dates sit right next to real ones.
        Random random = new Random(3);
        List<String> numbers = Stream.generate(() -> String.format(Locale.ROOT, "%02d%02d%02d%d%04d",
                        random.nextInt(100), random.nextInt(14), random.nextInt(33), random.nextInt(10),
                        random.nextInt(10_000)))
                .limit(RandomSamples.COUNT)
                .map(ChecksumBySpecification::complete)
                .filter(Objects::nonNull)
                .toList();

        for (String digits : numbers) {
            assertThat(outcome(digits)).as(digits).isEqualTo(expectedOutcome(digits));
        }

        Map<String, Long> outcomes = numbers.stream()
                .collect(Collectors.groupingBy(IinPropertiesTest::expectedOutcome, Collectors.counting()));
        assertThat(outcomes.keySet()).as("every outcome occurs")
                .contains("valid", InvalidIdentifierException.IIN_CENTURY, InvalidIdentifierException.IIN_BIRTH_DATE);
        assertThat(outcomes.values()).allMatch(count -> count > numbers.size() / 20);
    }

    private static String expectedOutcome(String digits) {
        int centuryDigit = digitAt(digits, 7);
        if (centuryDigit < 1 || centuryDigit > 6) {
            return InvalidIdentifierException.IIN_CENTURY;
        }
        int year = 1800 + 100 * ((centuryDigit - 1) / 2) + Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        boolean realDate = month >= 1 && month <= 12 && day >= 1 && YearMonth.of(year, month).isValidDay(day);
        return realDate ? "valid" : InvalidIdentifierException.IIN_BIRTH_DATE;
    }

    private static String outcome(String digits) {
        try {
            Iin.parse(digits);
            return "valid";
        } catch (InvalidIdentifierException invalid) {
            return invalid.code();
        }
    }

    /**
     * Digit 11 (the last serial digit) has first-pass weight 11, which is 0 mod 11. So when the first
     * pass decides, any digit there gives the same check digit: a typing error in digit 11 is never
     * caught. When the second pass decides, its weight is 2 and the error is always caught.
     */
    @Test
    void a_wrong_digit_eleven_gives_another_valid_iin_exactly_when_the_first_pass_decides() {
        List<String> iins = peopleWithAValidIin(4).map(person -> complete(person.elevenDigits())).toList();

        for (String digits : iins) {
            boolean firstPassDecides = firstPass(digits) != 10;
            for (int digit = 0; digit <= 9; digit++) {
                if (digit != digitAt(digits, 11)) {
                    String typed = withDigit(digits, 11, digit);
                    assertThat(Iin.isValid(typed)).as(typed).isEqualTo(firstPassDecides);
                }
            }
        }

        Map<Boolean, Long> byPass = iins.stream()
                .collect(Collectors.groupingBy(digits -> firstPass(digits) != 10, Collectors.counting()));
        assertThat(byPass.getOrDefault(false, 0L)).as("numbers the second pass decides").isGreaterThan(100);
    }
}
