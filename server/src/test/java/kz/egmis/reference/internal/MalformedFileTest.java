package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing file or a damaged file shape stops loading with a message naming the file, the line and the column. */
class MalformedFileTest {

    @TempDir
    Path directory;

    private CatalogFolder folder;

    @BeforeEach
    void copyTheBundledCatalog() {
        folder = CatalogFolder.copyOfBundled(directory);
    }

    @Test
    void a_missing_file_is_named() {
        folder.delete("regions.csv");

        ReferenceDataException failure = loadFailure();

        assertThat(failure.code()).isEqualTo("REFERENCE_DATA_MISSING");
        assertThat(failure.problem()).startsWith("regions.csv is not in EGMIS_REFERENCE_DIR (" + directory.toAbsolutePath());
        assertThat(failure.fix()).contains("regions.csv").contains("unset EGMIS_REFERENCE_DIR");
    }

    @Test
    void a_missing_required_column_is_named_on_the_header_line() {
        folder.replaceLine("services.csv", 1, folder.line("services.csv", 1).replace("price_kzt", "price"));

        assertThat(loadFailure().problem()).startsWith(
                "services.csv line 1 (header), column \"price_kzt\": this required column is missing");
    }

    @Test
    void a_column_named_twice_is_reported() {
        folder.write("specialties.csv", "code;name_ru;name_en;code\nGP;Врач;Doctor;GP\n");

        assertThat(loadFailure().problem()).startsWith(
                "specialties.csv line 1, column 4 (code): the column \"code\" appears twice (also column 1)");
    }

    @Test
    void a_line_with_too_few_fields_names_the_first_missing_column() {
        folder.replaceLine("services.csv", 14, "AMB003;Консультация офтальмолога;Ophthalmologist consultation;AMB;6100;20;A;0;120;OPHT");

        assertThat(loadFailure().problem()).startsWith(
                "services.csv line 14, column 11 (max_per_day): missing; the line has 10 fields but the header has 11");
    }

    @Test
    void a_line_with_too_many_fields_names_the_extra_column() {
        folder.replaceLine("regions.csv", 5, folder.line("regions.csv", 5) + ";lost");

        assertThat(loadFailure().problem()).startsWith(
                "regions.csv line 5, column 5: unexpected extra field \"lost\"; the line has 5 fields but the header has 4");
    }

    @Test
    void a_blank_line_between_rows_is_reported() {
        folder.replaceLine("funding.csv", 2, "");

        assertThat(loadFailure().problem()).startsWith("funding.csv line 2: the line is blank");
    }

    @Test
    void an_empty_file_is_reported() {
        folder.write("funding.csv", "\n\n");

        assertThat(loadFailure().problem()).isEqualTo("funding.csv line 1: the header row is missing; the file is empty.");
    }

    @Test
    void a_file_with_only_a_header_is_reported() {
        folder.write("specialties.csv", "code;name_ru;name_en\n");

        assertThat(loadFailure().problem()).isEqualTo("specialties.csv line 2: there are no rows after the header.");
    }

    private ReferenceDataException loadFailure() {
        ReferenceDataException failure = catchThrowableOfType(ReferenceDataException.class, folder::load);
        assertThat(failure).as("loading should have failed").isNotNull();
        return failure;
    }
}
