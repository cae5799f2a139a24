package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceFilesTest {

    @TempDir
    Path directory;

    @Test
    void a_byte_order_mark_before_the_header_is_ignored() {
        CatalogFolder folder = CatalogFolder.copyOfBundled(directory);
        folder.write("specialties.csv", "\uFEFF" + CatalogFolder.bundled("specialties.csv"));

        assertThat(folder.files().lines("specialties.csv").get(0)).isEqualTo("code;name_ru;name_en");
        assertThat(folder.load().specialties()).hasSize(23);
    }

    @Test
    void windows_line_endings_read_like_unix_ones() {
        CatalogFolder folder = CatalogFolder.copyOfBundled(directory);
        folder.write("services.csv", CatalogFolder.bundled("services.csv").replace("\n", "\r\n"));

        assertThat(folder.files().lines("services.csv")).hasSize(54).noneMatch(line -> line.contains("\r"));
        assertThat(folder.load().service("IMP012").orElseThrow().maxPerDay()).isEqualTo(1);
    }

    @Test
    void trailing_blank_lines_are_ignored() {
        CatalogFolder folder = CatalogFolder.copyOfBundled(directory);
        folder.write("regions.csv", CatalogFolder.bundled("regions.csv") + "\n\r\n   \n");

        assertThat(folder.load().regions()).hasSize(20);
    }

    @Test
    void a_file_saved_in_another_encoding_is_reported_with_its_line() throws IOException {
        CatalogFolder folder = CatalogFolder.copyOfBundled(directory);
        Files.write(directory.resolve("specialties.csv"),
                CatalogFolder.bundled("specialties.csv").getBytes(Charset.forName("windows-1251")));

        assertThatThrownBy(folder::load)
                .isInstanceOfSatisfying(ReferenceDataException.class, failure -> {
                    assertThat(failure.code()).isEqualTo("REFERENCE_DATA_INVALID");
                    assertThat(failure.problem()).isEqualTo("specialties.csv line 2: the text is not valid UTF-8.");
                    assertThat(failure.fix()).contains("Save specialties.csv as UTF-8");
                });
    }

    @Test
    void a_reference_dir_that_does_not_exist_stops_loading() {
        Path absent = directory.resolve("absent");

        assertThatThrownBy(() -> ReferenceCatalogLoader.load(ReferenceFiles.directory(absent)))
                .isInstanceOfSatisfying(ReferenceDataException.class, failure -> {
                    assertThat(failure.code()).isEqualTo("REFERENCE_DATA_MISSING");
                    assertThat(failure.problem()).contains(absent.toString()).contains("is not a directory");
                    assertThat(failure.fix()).contains("EGMIS_REFERENCE_DIR");
                });
    }

    @Test
    void a_blank_setting_chooses_the_bundled_copy_and_a_path_chooses_that_directory() {
        assertThat(ReferenceFiles.chosenBy(null).describe()).isEqualTo("the bundled classpath:reference/");
        assertThat(ReferenceFiles.chosenBy(" ").describe()).isEqualTo("the bundled classpath:reference/");
        assertThat(ReferenceFiles.chosenBy(directory + " ").describe())
                .isEqualTo("directory " + directory.toAbsolutePath());
    }

    @Test
    void the_fix_for_the_bundled_copy_does_not_send_the_operator_to_edit_the_jar() {
        assertThat(ReferenceFiles.bundled().fix("services.csv")).contains("rebuild EGMIS");
        assertThat(ReferenceFiles.directory(directory).fix("services.csv"))
                .contains("Correct services.csv in EGMIS_REFERENCE_DIR")
                .contains("unset EGMIS_REFERENCE_DIR to use the bundled catalog");
    }
}
