package kz.egmis.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** After an OpenID Connect sign-in, maps the person's claims to an EGMIS caller, or refuses the sign-in. */
final class CallerOidcUserService extends OidcUserService {

    private final OidcClaims claims;

    CallerOidcUserService(OidcClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        try {
            return new CallerOidcUser(claims.caller(user.getClaims()), user.getIdToken(), user.getUserInfo());
        } catch (OidcClaims.UnusableClaimsException unusable) {
            throw new OAuth2AuthenticationException(new OAuth2Error("egmis_claims", unusable.getMessage(), null),
                    unusable.getMessage());
        }
    }
}
