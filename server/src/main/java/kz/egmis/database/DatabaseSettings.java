package kz.egmis.database;

import java.nio.file.Path;

/**
 * Where the data lives. A blank {@code url} means: start the embedded PostgreSQL in {@code dataDirectory}.
 */
public record DatabaseSettings(Path dataDirectory, String url, String user, String password) {

    public boolean usesEmbeddedServer() {
        return url == null || url.isBlank();
    }
}
