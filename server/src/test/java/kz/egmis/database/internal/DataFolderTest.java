package kz.egmis.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.platform.StartupFailure;

class DataFolderTest {

    @TempDir
    Path temporary;

    @Test
    void a_missing_folder_is_created() {
        Path folder = temporary.resolve("nested/data");
        try (DataFolder opened = DataFolder.open(folder)) {
            assertThat(opened.root()).isDirectory().isEqualTo(folder.toAbsolutePath());
        }
    }

    @Test
    void a_folder_that_cannot_be_created_is_a_startup_failure_naming_it() throws IOException {
        Path aFile = Files.writeString(temporary.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataFolder.open(aFile.resolve("data")))
                .isInstanceOfSatisfying(StartupFailure.class, failure -> {
                    assertThat(failure.code()).isEqualTo("EGMIS-DATA-001");
                    assertThat(failure.problem()).contains(aFile.resolve("data").toString());
                    assertThat(failure.fix()).contains("EGMIS_DATA_DIR");
                });
    }

    @Test
    void a_folder_in_use_by_another_server_is_refused_until_it_is_released() {
        try (DataFolder first = DataFolder.open(temporary)) {
            assertThatThrownBy(() -> DataFolder.open(temporary))
                    .isInstanceOfSatisfying(StartupFailure.class,
                            failure -> assertThat(failure.code()).isEqualTo("EGMIS-DATA-002"));
        }
        try (DataFolder again = DataFolder.open(temporary)) {
            assertThat(again.root()).isEqualTo(temporary.toAbsolutePath());
        }
    }
}
