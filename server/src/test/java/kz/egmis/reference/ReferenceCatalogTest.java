package kz.egmis.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferenceCatalogTest {

    private static final Specialty GP = new Specialty("GP", "Врач общей практики", "General practitioner");
    private static final Region ASTANA = new Region("71", "город Астана", "Астана қаласы", "Astana");
    private static final FundingStream OSMS = new FundingStream("OSMS", "ОСМС", "Mandatory insurance", Optional.empty());

    private static ServiceDefinition visit(String code, String specialty) {
        return new ServiceDefinition(code, "Приём", "Visit", CareSetting.PHC, new BigDecimal("3200"), 15,
                AllowedSex.ANY, 0, 120, Set.of(specialty), 1);
    }

    @Test
    void every_kind_of_entry_is_found_by_its_code() {
        ReferenceCatalog catalog = new ReferenceCatalog(List.of(visit("V1", "GP")), List.of(GP), List.of(ASTANA), List.of(OSMS));

        assertThat(catalog.service("V1")).isPresent();
        assertThat(catalog.specialty("GP")).contains(GP);
        assertThat(catalog.region("71")).contains(ASTANA);
        assertThat(catalog.funding("OSMS")).contains(OSMS);
        assertThat(catalog.isKnownSpecialty("GP")).isTrue();
        assertThat(catalog.isKnownRegion("75")).isFalse();
        assertThat(catalog.isKnownFunding("OSMS")).isTrue();
    }

    @Test
    void a_kato_code_is_placed_in_the_region_of_its_first_two_digits() {
        ReferenceCatalog catalog = new ReferenceCatalog(List.of(), List.of(GP), List.of(ASTANA), List.of(OSMS));

        assertThat(catalog.regionOfKato("711110000")).contains(ASTANA);
        assertThat(catalog.regionOfKato("751110000")).isEmpty();
        assertThat(catalog.regionOfKato("7")).isEmpty();
        assertThat(catalog.regionOfKato(null)).isEmpty();
    }

    @Test
    void a_repeated_code_is_refused() {
        assertThatThrownBy(() -> new ReferenceCatalog(List.of(visit("V1", "GP"), visit("V1", "GP")), List.of(GP),
                List.of(ASTANA), List.of(OSMS))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V1");
    }

    @Test
    void a_service_naming_an_unknown_specialty_is_refused() {
        assertThatThrownBy(() -> new ReferenceCatalog(List.of(visit("V1", "CARD")), List.of(GP),
                List.of(ASTANA), List.of(OSMS))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CARD");
    }

    @Test
    void a_region_code_must_be_two_digits() {
        assertThat(Region.isRegionCode("71")).isTrue();
        assertThat(Region.isRegionCode("711")).isFalse();
        assertThat(Region.isRegionCode("7a")).isFalse();
        assertThatThrownBy(() -> new Region("7", "a", "b", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_funding_stream_without_a_per_capita_payment_pays_per_service_only() {
        assertThat(OSMS.paysPerCapita()).isFalse();
        assertThat(new FundingStream("GOBMP", "ГОБМП", "Guaranteed package", Optional.of(new BigDecimal("1050")))
                .paysPerCapita()).isTrue();
    }
}
