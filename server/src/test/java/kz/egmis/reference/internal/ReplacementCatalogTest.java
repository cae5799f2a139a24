package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.reference.AllowedSex;
import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.ServiceDefinition;

/** A catalog of the same shape but other content must be usable without a code change. */
class ReplacementCatalogTest {

    @TempDir
    Path directory;

    @BeforeEach
    void writeAReplacementCatalog() {
        // Other codes and prices, columns in another order, and a "comment" column EGMIS does not know.
        CatalogFolder.copyOfBundled(directory)
                .write("services.csv", """
                        max_per_day;specialties;code;comment;price_kzt;name_en;name_ru;setting;minutes;age_max;age_min;sex
                        2;THER|NURSE;S-100;new in 2026;4150.50;Therapist visit;Приём терапевта;PHC;18;99;16;A
                        1;MIDW;S-200;;9900;Midwife home visit;Визит акушерки на дом;AMB;45;50;15;F
                        4;THER;S-300;;0;Free screening;Бесплатный скрининг;IMP;5;120;0;M
                        """)
                .write("specialties.csv", """
                        name_en;code;name_ru
                        Therapist;THER;Терапевт
                        Nurse;NURSE;Медсестра
                        Midwife;MIDW;Акушерка
                        """)
                .write("regions.csv", """
                        name_en;name_kk;name_ru;code;population
                        Astana;Астана қаласы;город Астана;71;1500000
                        Almaty;Алматы қаласы;город Алматы;75;2200000
                        """)
                .write("funding.csv", """
                        per_capita_monthly_kzt;code;name_en;name_ru
                        ;VMI;Voluntary insurance;Добровольное страхование
                        1234.75;GOBMP;State-guaranteed benefits package;ГОБМП
                        """);
    }

    @Test
    void a_replacement_with_other_codes_prices_column_order_and_an_extra_column_loads() {
        ReferenceCatalog catalog = ReferenceCatalogLoader.load(ReferenceFiles.directory(directory));

        assertThat(catalog.summary()).isEqualTo("3 services, 3 specialties, 2 regions, 2 funding streams");
        ServiceDefinition therapist = catalog.service("S-100").orElseThrow();
        assertThat(therapist.nameRu()).isEqualTo("Приём терапевта");
        assertThat(therapist.nameEn()).isEqualTo("Therapist visit");
        assertThat(therapist.setting()).isEqualTo(CareSetting.PHC);
        assertThat(therapist.priceKzt()).isEqualByComparingTo("4150.50");
        assertThat(therapist.minutes()).isEqualTo(18);
        assertThat(therapist.sex()).isEqualTo(AllowedSex.ANY);
        assertThat(therapist.ageMin()).isEqualTo(16);
        assertThat(therapist.ageMax()).isEqualTo(99);
        assertThat(therapist.specialties()).containsExactly("THER", "NURSE");
        assertThat(therapist.maxPerDay()).isEqualTo(2);
        assertThat(catalog.service("S-200").orElseThrow().sex()).isEqualTo(AllowedSex.FEMALE);
        assertThat(catalog.service("S-300").orElseThrow().priceKzt()).isEqualByComparingTo("0");
        assertThat(catalog.specialty("MIDW").orElseThrow().nameEn()).isEqualTo("Midwife");
        assertThat(catalog.region("75").orElseThrow().nameKk()).isEqualTo("Алматы қаласы");
        assertThat(catalog.funding("VMI").orElseThrow().perCapitaMonthlyKzt()).isEmpty();
        assertThat(catalog.funding("GOBMP").orElseThrow().perCapitaMonthlyKzt()).hasValueSatisfying(
                amount -> assertThat(amount).isEqualByComparingTo("1234.75"));
        assertThat(catalog.isKnownService("PHC001")).isFalse();
    }

    @Test
    void the_configuration_uses_the_folder_named_by_the_reference_dir_setting_instead_of_the_bundled_copy() {
        ReferenceCatalog catalog = new ReferenceConfiguration().referenceCatalog(directory.toString());

        assertThat(catalog.isKnownService("S-100")).isTrue();
        assertThat(catalog.isKnownService("PHC008")).isFalse();
        assertThat(catalog.services()).hasSize(3);
    }

    @Test
    void the_configuration_uses_the_bundled_copy_when_the_setting_is_blank() {
        assertThat(new ReferenceConfiguration().referenceCatalog("").services()).hasSize(53);
        assertThat(new ReferenceConfiguration().referenceCatalog("   ").isKnownService("PHC008")).isTrue();
    }
}
