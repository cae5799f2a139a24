package kz.egmis.ingestion.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void each_format_is_found_by_its_path_name_exactly() {
        assertThat(CsvFormat.fromPathName("death-registry")).contains(CsvFormat.DEATH_REGISTRY);
        assertThat(CsvFormat.fromPathName("attachment-registry")).contains(CsvFormat.ATTACHMENT_REGISTRY);
        assertThat(CsvFormat.fromPathName("legacy-services")).contains(CsvFormat.LEGACY_SERVICES);
        assertThat(CsvFormat.fromPathName("Legacy-Services")).isEmpty();
        assertThat(CsvFormat.fromPathName("LEGACY_SERVICES")).isEmpty();
        assertThat(CsvFormat.fromPathName(null)).isEmpty();
        assertThat(CsvFormat.pathNames()).containsExactly("death-registry", "attachment-registry", "legacy-services");
    }

    @Test
    void the_registries_are_utf_8_with_semicolons_and_legacy_services_windows_1251_with_commas() {
        assertThat(CsvFormat.DEATH_REGISTRY.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvFormat.ATTACHMENT_REGISTRY.separator()).isEqualTo(';');
        assertThat(CsvFormat.LEGACY_SERVICES.charset().name()).isEqualTo("windows-1251");
        assertThat(CsvFormat.LEGACY_SERVICES.separator()).isEqualTo(',');
    }

    @Test
    void the_standard_header_is_written_as_section_4_gives_it() {
        assertThat(CsvFormat.DEATH_REGISTRY.standardHeader()).isEqualTo("iin;death_date;record_no");
        assertThat(CsvFormat.ATTACHMENT_REGISTRY.standardHeader()).isEqualTo("iin;bin;attached_from;attached_to");
        assertThat(CsvFormat.LEGACY_SERVICES.standardHeader())
                .isEqualTo("ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи");
    }
}
