package kz.egmis.database;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the data lives. A blank {@code url} means: start the embedded PostgreSQL in {@code dataDirectory}. The
 * password never leaves this record through {@link #toString()}, and {@link #redactedUrl()} is the URL to log.
 */
public record DatabaseSettings(Path dataDirectory, String url, String user, String password) {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

    public boolean usesEmbeddedServer() {
        return url == null || url.isBlank();
    }

    /** The JDBC URL with any password in it (a {@code password=} parameter or {@code user:password@}) masked. */
    public String redactedUrl() {
        return redact(url);
    }

    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        return URL_USER_INFO.matcher(URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1***")).replaceAll("$1***@");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[dataDirectory=" + dataDirectory + ", url=" + redactedUrl() + ", user=" + user
                + ", password=" + (password == null || password.isEmpty() ? "(none)" : "***") + "]";
    }
}
