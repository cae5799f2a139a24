package kz.egmis.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.egmis.platform.Sha256;

/**
 * The key store. A key is 32 random bytes shown once; the database keeps only its SHA-256, which is safe for
 * high-entropy secrets (no password-style slow hash needed) and lets every request be checked in one lookup.
 */
@Component
class ApiKeys {

    private static final String PREFIX = "egmis_";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record StoredKey(long id, String name, ApiKeyRole role, String sourceSystem, long createdAt, Long revokedAt) {
    }

    record NewKey(StoredKey stored, String secret) {
    }

    Optional<StoredKey> findActive(String secret) {
        return jdbc.sql("select id, name, role, source_system, created_at, revoked_at from api_key "
                        + "where key_sha256 = :hash and revoked_at is null")
                .param("hash", Sha256.hex(secret))
                .query(StoredKey.class)
                .optional();
    }

    NewKey create(String name, ApiKeyRole role, String sourceSystem) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new NewKey(store(secret, name, role, sourceSystem), secret);
    }

    StoredKey store(String secret, String name, ApiKeyRole role, String sourceSystem) {
        long now = clock.instant().getEpochSecond();
        long id = jdbc.sql("insert into api_key (key_sha256, name, role, source_system, created_at) "
                        + "values (:hash, :name, :role, :source, :now) returning id")
                .param("hash", Sha256.hex(secret))
                .param("name", name)
                .param("role", role.name())
                .param("source", sourceSystem)
                .param("now", now)
                .query(Long.class)
                .single();
        return new StoredKey(id, name, role, sourceSystem, now, null);
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from api_key").query(Long.class).single() == 0;
    }

    List<StoredKey> all() {
        return jdbc.sql("select id, name, role, source_system, created_at, revoked_at from api_key order by id")
                .query(StoredKey.class)
                .list();
    }

    boolean revoke(long id) {
        return jdbc.sql("update api_key set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", clock.instant().getEpochSecond())
                .param("id", id)
                .update() == 1;
    }

}
