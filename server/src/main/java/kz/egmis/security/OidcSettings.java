package kz.egmis.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The production identity provider (OpenID Connect), configured by {@code EGMIS_OIDC_*} (docs/SECURITY.md). Without
 * an issuer, people sign in with EGMIS accounts and programs with API keys only.
 */
@Component
class OidcSettings {

    final String issuer;
    final String clientId;
    final String clientSecret;
    final String audience;
    final OidcClaims claims;
    final long clockSkewSeconds;

    OidcSettings(@Value("${egmis.oidc.issuer:}") String issuer,
                 @Value("${egmis.oidc.client-id:}") String clientId,
                 @Value("${egmis.oidc.client-secret:}") String clientSecret,
                 @Value("${egmis.oidc.audience:}") String audience,
                 @Value("${egmis.oidc.role-claim:egmis_role}") String roleClaim,
                 @Value("${egmis.oidc.organizations-claim:egmis_organizations}") String organizationsClaim,
                 @Value("${egmis.oidc.iin-claim:iin}") String iinClaim,
                 @Value("${egmis.oidc.source-system-claim:egmis_source_system}") String sourceSystemClaim,
                 @Value("${egmis.oidc.clock-skew-seconds:60}") long clockSkewSeconds) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret.strip();
        this.audience = audience.isBlank() ? this.clientId : audience.strip();
        this.claims = new OidcClaims(roleClaim, organizationsClaim, iinClaim, sourceSystemClaim);
        this.clockSkewSeconds = clockSkewSeconds;
    }

    boolean enabled() {
        return !issuer.isEmpty();
    }

    /** Sign-in through the provider needs a client of EGMIS registered there; bearer tokens need only the issuer. */
    boolean loginEnabled() {
        return enabled() && !clientId.isEmpty();
    }
}
