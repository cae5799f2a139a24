package kz.egmis.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.egmis.database.DatabaseSettings;

/** Tells a person at the console which administrator key to use: the generated one (shown), or where it is. */
@Component
public class AdministratorKeyHint {

    private final Path keyFile;
    private final boolean bootstrapKeyConfigured;

    AdministratorKeyHint(DatabaseSettings settings, @Value("${egmis.bootstrap-api-key:}") String bootstrapKey) {
        this.keyFile = settings.dataDirectory().toAbsolutePath().resolve(BootstrapApiKey.KEY_FILE);
        this.bootstrapKeyConfigured = !bootstrapKey.isBlank();
    }

    /** Where the key is, e.g. "the key in /data/administrator-api-key". */
    public String whereTheKeyIs() {
        return bootstrapKeyConfigured ? "the key in EGMIS_BOOTSTRAP_API_KEY"
                : Files.exists(keyFile) ? "the key in " + keyFile : "a key from your EGMIS administrator";
    }

    /** The generated key itself, when this server generated one and the file is readable; else null. */
    public String generatedKey() {
        try {
            return bootstrapKeyConfigured || !Files.isReadable(keyFile) ? null
                    : Files.readString(keyFile, StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            return null;
        }
    }
}
