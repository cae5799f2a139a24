package kz.egmis.security;

import java.util.Iterator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * EGMIS's client at the identity provider, discovered from the issuer's metadata when first needed, so that a
 * provider that is down when EGMIS starts delays sign-in through it, not the start of the whole server.
 */
final class LazyClientRegistration implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    static final String REGISTRATION_ID = "egmis";
    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistration.class);

    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    LazyClientRegistration(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        try {
            return List.of(registration()).iterator();
        } catch (RuntimeException unreachable) {
            log.warn("The identity provider {} did not answer ({}); sign-in through it is offered once it does",
                    settings.issuer, unreachable.getMessage());
            return List.<ClientRegistration>of().iterator();
        }
    }

    private synchronized ClientRegistration registration() {
        if (registration == null) {
            registration = ClientRegistrations.fromIssuerLocation(settings.issuer)
                    .registrationId(REGISTRATION_ID)
                    .clientName("the national identity provider")
                    .clientId(settings.clientId)
                    .clientSecret(settings.clientSecret)
                    .scope("openid", "profile")
                    .build();
        }
        return registration;
    }
}
