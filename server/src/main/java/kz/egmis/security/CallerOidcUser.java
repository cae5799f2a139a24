package kz.egmis.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through the OpenID Connect provider, with the caller its claims map to. */
final class CallerOidcUser extends DefaultOidcUser {

    private final Caller caller;

    CallerOidcUser(Caller caller, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())), idToken, userInfo);
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.actor().reference();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerOidcUser user && super.equals(other) && caller.equals(user.caller);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + caller.hashCode();
    }
}
