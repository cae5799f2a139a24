package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.egmis.reference.AllowedSex;
import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.ServiceDefinition;

class BundledCatalogTest {

    private static ReferenceCatalog catalog;

    @BeforeAll
    static void loadTheBundledCatalog() {
        catalog = ReferenceCatalogLoader.load(ReferenceFiles.bundled());
    }

    @Test
    void the_bundled_catalog_has_53_services_23_specialties_20_regions_and_2_funding_streams() {
        assertThat(catalog.services()).hasSize(53);
        assertThat(catalog.specialties()).hasSize(23);
        assertThat(catalog.regions()).hasSize(20);
        assertThat(catalog.fundingStreams()).hasSize(2);
        assertThat(catalog.summary()).isEqualTo("53 services, 23 specialties, 20 regions, 2 funding streams");
    }

    @Test
    void antenatal_care_is_for_women_aged_14_to_55_seen_by_an_obstetrician_or_a_general_practitioner() {
        ServiceDefinition antenatal = catalog.service("PHC008").orElseThrow();

        assertThat(antenatal.nameEn()).isEqualTo("Antenatal care visit");
        assertThat(antenatal.nameRu()).isEqualTo("Антенатальное наблюдение");
        assertThat(antenatal.setting()).isEqualTo(CareSetting.PHC);
        assertThat(antenatal.priceKzt()).isEqualByComparingTo("4800");
        assertThat(antenatal.minutes()).isEqualTo(25);
        assertThat(antenatal.sex()).isEqualTo(AllowedSex.FEMALE);
        assertThat(antenatal.ageMin()).isEqualTo(14);
        assertThat(antenatal.ageMax()).isEqualTo(55);
        assertThat(antenatal.specialties()).containsExactly("OBG", "GP");
        assertThat(antenatal.maxPerDay()).isEqualTo(1);
    }

    @Test
    void other_services_keep_their_setting_price_and_daily_limit() {
        ServiceDefinition ambulance = catalog.service("EMS001").orElseThrow();
        assertThat(ambulance.setting()).isEqualTo(CareSetting.EMS);
        assertThat(ambulance.maxPerDay()).isEqualTo(3);
        assertThat(ambulance.specialties()).containsExactly("EMS", "NURSE");

        ServiceDefinition hip = catalog.service("IMP009").orElseThrow();
        assertThat(hip.priceKzt()).isEqualByComparingTo(new BigDecimal("1680000"));
        assertThat(hip.allowsAge(17)).isFalse();
        assertThat(hip.allowsAge(18)).isTrue();

        assertThat(catalog.service("AMB006").orElseThrow().sex()).isEqualTo(AllowedSex.MALE);
        assertThat(catalog.service("PHC003").orElseThrow().allowsAge(0)).isTrue();
        assertThat(catalog.service("PHC003").orElseThrow().allowsAge(1)).isFalse();
    }

    @Test
    void services_are_listed_in_file_order() {
        assertThat(catalog.services().get(0).code()).isEqualTo("PHC001");
        assertThat(catalog.services().get(52).code()).isEqualTo("IMP012");
    }

    @Test
    void mandatory_insurance_has_no_per_capita_payment_and_the_guaranteed_package_pays_1050_a_month() {
        assertThat(catalog.funding("OSMS").orElseThrow().perCapitaMonthlyKzt()).isEmpty();
        assertThat(catalog.funding("OSMS").orElseThrow().paysPerCapita()).isFalse();
        assertThat(catalog.funding("GOBMP").orElseThrow().perCapitaMonthlyKzt()).hasValueSatisfying(
                amount -> assertThat(amount).isEqualByComparingTo("1050"));
    }

    @Test
    void regions_carry_russian_kazakh_and_english_names() {
        var astana = catalog.region("71").orElseThrow();
        assertThat(astana.nameRu()).isEqualTo("город Астана");
        assertThat(astana.nameKk()).isEqualTo("Астана қаласы");
        assertThat(astana.nameEn()).isEqualTo("Astana");
        assertThat(catalog.regionOfKato("751110000")).hasValueSatisfying(
                region -> assertThat(region.nameEn()).isEqualTo("Almaty"));
    }

    @Test
    void specialties_have_both_names() {
        var cardiologist = catalog.specialty("CARD").orElseThrow();
        assertThat(cardiologist.nameRu()).isEqualTo("Кардиолог");
        assertThat(cardiologist.nameEn()).isEqualTo("Cardiologist");
    }

    @Test
    void unknown_codes_are_simply_absent() {
        assertThat(catalog.service("XYZ999")).isEmpty();
        assertThat(catalog.isKnownService("XYZ999")).isFalse();
        assertThat(catalog.isKnownService("AMB030")).isTrue();
        assertThat(catalog.specialty("NOPE")).isEmpty();
        assertThat(catalog.region("99")).isEmpty();
        assertThat(catalog.funding("PRIVATE")).isEmpty();
        assertThat(catalog.service(null)).isEmpty();
    }
}
