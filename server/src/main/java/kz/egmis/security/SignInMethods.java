package kz.egmis.security;

import org.springframework.stereotype.Component;

/** Which ways of signing in the sign-in page offers: EGMIS accounts always, the identity provider when configured. */
@Component
public class SignInMethods {

    /** Where a person starts signing in through the identity provider. */
    public static final String IDENTITY_PROVIDER_PATH = "/oauth2/authorization/" + LazyClientRegistration.REGISTRATION_ID;

    private final OidcSettings oidc;

    SignInMethods(OidcSettings oidc) {
        this.oidc = oidc;
    }

    public boolean identityProvider() {
        return oidc.loginEnabled();
    }
}
