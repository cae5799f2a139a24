package kz.egmis.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.egmis.database.DatabaseSettings;
import kz.egmis.platform.StartupFailure;

/**
 * At first start (no key stored yet) creates the administrator key: the one in EGMIS_BOOTSTRAP_API_KEY, or
 * else a random one written to {@code <data>/administrator-api-key} (readable by the owner only), so that a
 * fresh server is never open and never locked out. Later starts leave the stored keys alone.
 */
@Component
class BootstrapApiKey implements InitializingBean {

    static final String KEY_FILE = "administrator-api-key";
    private static final Logger log = LoggerFactory.getLogger(BootstrapApiKey.class);

    private final ApiKeys keys;
    private final String configuredKey;
    private final Path dataDirectory;

    BootstrapApiKey(ApiKeys keys, @Value("${egmis.bootstrap-api-key:}") String configuredKey,
                    DatabaseSettings settings) {
        this.keys = keys;
        this.configuredKey = configuredKey.strip();
        this.dataDirectory = settings.dataDirectory().toAbsolutePath();
    }

    @Override
    public void afterPropertiesSet() {
        if (!keys.isEmpty()) {
            return;
        }
        if (!configuredKey.isEmpty()) {
            keys.store(configuredKey, "bootstrap administrator", Scope.unbound(Role.ADMINISTRATOR));
            log.info("Created the administrator API key given in EGMIS_BOOTSTRAP_API_KEY");
            return;
        }
        ApiKeys.NewKey created = keys.create("generated administrator", Scope.unbound(Role.ADMINISTRATOR));
        Path file = dataDirectory.resolve(KEY_FILE);
        writeOwnerOnly(file, created.secret());
        log.info("Created an administrator API key and wrote it to {}", file);
    }

    private static void writeOwnerOnly(Path file, String secret) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StartupFailure("EGMIS-KEY-001", "Cannot write the administrator API key to " + file + ".",
                    "Make the data folder writable, or set EGMIS_BOOTSTRAP_API_KEY.", e);
        }
    }
}
