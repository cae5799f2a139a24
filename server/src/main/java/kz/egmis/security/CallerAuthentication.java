package kz.egmis.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Spring Security's view of an authenticated {@link Caller}, whatever the way in: an API key, an account's session,
 * a bearer JWT of the identity provider. A person signed in through OpenID Connect login is a {@link CallerOidcUser}.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.actor().reference();
    }

    /** The caller behind an authentication, or null when it is anonymous or of no EGMIS kind. */
    static Caller callerOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication.getPrincipal() instanceof OAuth2User user && user instanceof CallerOidcUser oidc) {
            return oidc.caller();
        }
        return null;
    }
}
