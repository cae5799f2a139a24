package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.platform.StartupFailure;

/** Each kind of bad value stops loading with a message naming the file, the line and the column. */
class MalformedValueTest {

    @TempDir
    Path directory;

    private CatalogFolder folder;

    @BeforeEach
    void copyTheBundledCatalog() {
        folder = CatalogFolder.copyOfBundled(directory);
    }

    @Test
    void an_empty_required_value_is_reported() {
        folder.setField("specialties.csv", 3, "name_en", " ");

        assertThat(loadFailure().problem()).isEqualTo(
                "specialties.csv line 3, column 3 (name_en): the value is empty, but one is required.");
    }

    @Test
    void a_price_that_is_not_a_number_is_reported_as_in_the_example() {
        folder.setField("services.csv", 14, "price_kzt", "12,5x");

        ReferenceDataException failure = loadFailure();

        assertThat(failure.code()).isEqualTo("REFERENCE_DATA_INVALID");
        assertThat(failure.problem()).startsWith("services.csv line 14, column 5 (price_kzt): \"12,5x\" is not a number");
        assertThat(failure.fix()).isEqualTo("Correct services.csv in EGMIS_REFERENCE_DIR (" + directory.toAbsolutePath()
                + ") or unset EGMIS_REFERENCE_DIR to use the bundled catalog.");
        assertThat(failure).isInstanceOf(StartupFailure.class);
        assertThat(failure.oneLine()).startsWith("REFERENCE_DATA_INVALID: services.csv line 14");
    }

    @ParameterizedTest(name = "{0} in column {1}")
    @CsvSource({"minutes, 6, 15m", "age_min, 8, abc", "age_max, 9, 1.5", "max_per_day, 11, one", "price_kzt, 5, 1e3"})
    void a_count_that_is_not_a_whole_number_is_reported(String column, int number, String value) {
        folder.setField("services.csv", 7, column, value);

        assertThat(loadFailure().problem()).startsWith(
                "services.csv line 7, column " + number + " (" + column + "): \"" + value + "\" is not a number");
    }

    @ParameterizedTest(name = "{0} in column {1}")
    @CsvSource({"price_kzt, 5, -100", "minutes, 6, -15", "age_min, 8, -1", "max_per_day, 11, -2"})
    void a_negative_number_is_reported(String column, int number, String value) {
        folder.setField("services.csv", 7, column, value);

        assertThat(loadFailure().problem()).isEqualTo(
                "services.csv line 7, column " + number + " (" + column + "): \"" + value + "\" is negative; expected 0 or more.");
    }

    @Test
    void a_negative_per_capita_payment_is_reported() {
        folder.setField("funding.csv", 2, "per_capita_monthly_kzt", "-1050");

        assertThat(loadFailure().problem()).startsWith("funding.csv line 2, column 4 (per_capita_monthly_kzt): \"-1050\" is negative");
    }

    @Test
    void a_daily_limit_of_zero_is_reported() {
        folder.setField("services.csv", 7, "max_per_day", "0");

        assertThat(loadFailure().problem()).startsWith("services.csv line 7, column 11 (max_per_day): 0 would make");
    }

    @Test
    void a_minimum_age_above_the_maximum_is_reported() {
        folder.setField("services.csv", 9, "age_min", "60");

        assertThat(loadFailure().problem()).isEqualTo(
                "services.csv line 9, column 8 (age_min): 60 is greater than age_max 55; the range is inclusive.");
    }

    @Test
    void an_unknown_care_setting_is_reported_with_the_allowed_ones() {
        folder.setField("services.csv", 20, "setting", "HOSP");

        assertThat(loadFailure().problem()).isEqualTo(
                "services.csv line 20, column 4 (setting): \"HOSP\" is not a care setting; expected one of PHC, AMB, IMP, EMS.");
    }

    @Test
    void an_unknown_sex_letter_is_reported() {
        folder.setField("services.csv", 20, "sex", "W");

        assertThat(loadFailure().problem()).startsWith("services.csv line 20, column 7 (sex): \"W\" is not a sex letter");
    }

    @Test
    void a_duplicate_service_code_names_both_lines() {
        folder.setField("services.csv", 3, "code", "PHC001");

        assertThat(loadFailure().problem()).isEqualTo(
                "services.csv line 3, column 1 (code): \"PHC001\" is already defined on line 2.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"specialties.csv", "regions.csv", "funding.csv"})
    void a_duplicate_code_in_any_file_is_reported(String file) {
        String firstCode = SemicolonSplitter.split(folder.line(file, 2)).get(0);
        folder.setField(file, 3, "code", firstCode);

        assertThat(loadFailure().problem()).isEqualTo(
                file + " line 3, column 1 (code): \"" + firstCode + "\" is already defined on line 2.");
    }

    @Test
    void a_service_naming_a_specialty_absent_from_specialties_is_reported() {
        folder.setField("services.csv", 9, "specialties", "OBG|MIDWIFE");

        assertThat(loadFailure().problem()).isEqualTo(
                "services.csv line 9, column 10 (specialties): \"MIDWIFE\" is not in specialties.csv.");
    }

    @Test
    void an_empty_entry_in_the_specialty_list_is_reported() {
        folder.setField("services.csv", 9, "specialties", "OBG||GP");

        assertThat(loadFailure().problem()).startsWith("services.csv line 9, column 10 (specialties): \"OBG||GP\" has an empty entry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "711", "A1", "７１"})
    void a_region_code_that_is_not_two_digits_is_reported(String code) {
        folder.setField("regions.csv", 4, "code", code);

        assertThat(loadFailure().problem()).startsWith(
                "regions.csv line 4, column 1 (code): \"" + code + "\" is not a region code");
    }

    private ReferenceDataException loadFailure() {
        ReferenceDataException failure = catchThrowableOfType(ReferenceDataException.class, folder::load);
        assertThat(failure).as("loading should have failed").isNotNull();
        return failure;
    }
}
