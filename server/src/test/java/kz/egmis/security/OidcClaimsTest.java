package kz.egmis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.egmis.testing.SyntheticPatients;

/** How the identity provider's claims become a caller, as documented for Keycloak and the national provider. */
class OidcClaimsTest {

    private final OidcClaims defaults = new OidcClaims("egmis_role", "egmis_organizations", "iin", "egmis_source_system");
    private final OidcClaims keycloak = new OidcClaims("realm_access.roles", "egmis_organizations", "iin",
            "egmis_source_system");

    @Test
    void keycloak_realm_roles_give_the_one_egmis_role_among_the_others() {
        Caller caller = keycloak.caller(Map.of("sub", "f1c2", "preferred_username", "d.serik",
                "realm_access", Map.of("roles", List.of("offline_access", "uma_authorization", "egmis-auditor"))));
        assertThat(caller.role()).isEqualTo(Role.AUDITOR);
        assertThat(caller.actor().displayName()).isEqualTo("d.serik");
        assertThat(caller.actor().reference()).isEqualTo("oidc:f1c2");
    }

    @Test
    void a_facility_managers_bins_come_as_a_list_or_a_comma_separated_text() {
        Caller fromList = defaults.caller(Map.of("sub", "m", "egmis_role", "facility_manager",
                "egmis_organizations", List.of(Bins.B, Bins.A)));
        Caller fromText = defaults.caller(Map.of("sub", "m", "egmis_role", "FACILITY_MANAGER",
                "egmis_organizations", Bins.A + ", " + Bins.B));
        assertThat(fromList.organizations()).containsExactlyInAnyOrder(Bins.A, Bins.B);
        assertThat(fromText.organizations()).isEqualTo(fromList.organizations());
        assertThat(fromList.actor().organizationBin()).isEqualTo(List.of(Bins.A, Bins.B).stream().sorted().findFirst().get());
    }

    @Test
    void a_citizen_is_bound_to_the_iin_of_the_claim() {
        Caller citizen = defaults.caller(Map.of("sub", "egov-1", "egmis_role", "CITIZEN", "iin", SyntheticPatients.iin(5),
                "name", "Айгүл Серікқызы"));
        assertThat(citizen.personIin()).isEqualTo(SyntheticPatients.iin(5));
        assertThat(citizen.actor().displayName()).isEqualTo("Айгүл Серікқызы");
    }

    @Test
    void claims_without_a_usable_role_or_scope_are_refused_with_the_claim_to_fix() {
        assertThatThrownBy(() -> defaults.caller(Map.of("sub", "x"))).isInstanceOf(OidcClaims.UnusableClaimsException.class)
                .hasMessageContaining("'egmis_role'").hasMessageContaining("none");
        assertThatThrownBy(() -> defaults.caller(Map.of("sub", "x", "egmis_role", List.of("AUDITOR", "ANALYST"))))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> defaults.caller(Map.of("sub", "x", "egmis_role", "CITIZEN")))
                .hasMessageContaining("'iin' is required");
        assertThatThrownBy(() -> defaults.caller(Map.of("sub", "x", "egmis_role", "CITIZEN", "iin", "123")))
                .hasMessageContaining("not a valid IIN");
        assertThatThrownBy(() -> defaults.caller(Map.of("egmis_role", "AUDITOR"))).hasMessageContaining("'sub'");
        assertThatThrownBy(() -> defaults.caller(Map.of("sub", "x", "egmis_role", "SUPERUSER")))
                .hasMessageContaining("none");
    }
}
