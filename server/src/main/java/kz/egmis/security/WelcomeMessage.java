package kz.egmis.security;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kz.egmis.database.DatabaseSettings;

/** Tells whoever started the server where it answers and how to authenticate. */
@Component
class WelcomeMessage {

    private static final Logger log = LoggerFactory.getLogger(WelcomeMessage.class);
    private final Environment environment;
    private final Path keyFile;
    private final boolean bootstrapKeyConfigured;

    WelcomeMessage(Environment environment, DatabaseSettings settings,
                   @Value("${egmis.bootstrap-api-key:}") String bootstrapKey) {
        this.environment = environment;
        this.keyFile = settings.dataDirectory().resolve(BootstrapApiKey.KEY_FILE);
        this.bootstrapKeyConfigured = !bootstrapKey.isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    void greet() {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String key = bootstrapKeyConfigured ? "the key in EGMIS_BOOTSTRAP_API_KEY"
                : Files.exists(keyFile) ? "the key in " + keyFile : "a key from your EGMIS administrator";
        log.info("EGMIS is ready at {} (health: {}/actuator/health). Authenticate with 'Authorization: Bearer <key>' "
                + "using {}.", url, url, key);
    }
}
