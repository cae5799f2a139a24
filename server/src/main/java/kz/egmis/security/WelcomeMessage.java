package kz.egmis.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where it answers and how to authenticate. */
@Component
class WelcomeMessage {

    private static final Logger log = LoggerFactory.getLogger(WelcomeMessage.class);
    private final Environment environment;
    private final AdministratorKeyHint keyHint;

    WelcomeMessage(Environment environment, AdministratorKeyHint keyHint) {
        this.environment = environment;
        this.keyHint = keyHint;
    }

    @EventListener(ApplicationReadyEvent.class)
    void greet() {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String key = keyHint.whereTheKeyIs();
        log.info("EGMIS is ready at {} (health: {}/actuator/health). Authenticate with 'Authorization: Bearer <key>' "
                + "using {}.", url, url, key);
    }
}
