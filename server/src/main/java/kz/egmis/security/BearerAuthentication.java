package kz.egmis.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * {@code Authorization: Bearer ...}: an EGMIS API key (one indexed lookup of its SHA-256), or else, when an identity
 * provider is configured, a JWT it signed (issuer, audience, expiry and signature checked, claims mapped by
 * {@link OidcClaims}).
 */
final class BearerAuthentication implements AuthenticationManager {

    private final ObjectProvider<ApiKeys> keys;
    private final JwtAuthenticationProvider jwt;

    /** @param jwt null when no identity provider is configured */
    BearerAuthentication(ObjectProvider<ApiKeys> keys, JwtAuthenticationProvider jwt) {
        this.keys = keys;
        this.jwt = jwt;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        Optional<ApiKeys.StoredKey> key = keys.getObject().findActive(token);
        if (key.isPresent()) {
            return new CallerAuthentication(key.get().caller());
        }
        if (jwt != null && token.chars().filter(c -> c == '.').count() == 2) {
            return jwt.authenticate(authentication);
        }
        throw new InvalidBearerTokenException("unknown or revoked API key");
    }
}
