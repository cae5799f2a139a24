package kz.egmis.security;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.egmis.platform.Sha256;

/**
 * The key store. A key is 32 random bytes shown once; the database keeps only its SHA-256, which is safe for
 * high-entropy secrets (no password-style slow hash needed) and lets every request be checked in one lookup.
 */
@Component
class ApiKeys {

    static final String PREFIX = "egmis_";
    private static final String COLUMNS = "id, name, role, source_system, organizations, person_iin, created_at, revoked_at";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A key as stored, with the scope of its role. */
    record StoredKey(long id, String name, Role role, String sourceSystem, Set<String> organizations, String iin,
                     long createdAt, Long revokedAt) {

        Caller caller() {
            Scope scope = new Scope(role, sourceSystem, organizations, iin);
            return Caller.of(Actor.of(Actor.Kind.KEY, Long.toString(id), name, scope), scope);
        }
    }

    record NewKey(StoredKey stored, String secret) {
    }

    Optional<StoredKey> findActive(String secret) {
        return jdbc.sql("select " + COLUMNS + " from api_key where key_sha256 = :hash and revoked_at is null")
                .param("hash", Sha256.hex(secret))
                .query(STORED_KEY)
                .optional();
    }

    NewKey create(String name, Scope scope) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new NewKey(store(secret, name, scope), secret);
    }

    StoredKey store(String secret, String name, Scope scope) {
        long now = clock.instant().getEpochSecond();
        long id = jdbc.sql("insert into api_key (key_sha256, name, role, source_system, organizations, person_iin, "
                        + "created_at) values (:hash, :name, :role, :source, :organizations, :iin, :now) returning id")
                .param("hash", Sha256.hex(secret))
                .param("name", name)
                .param("role", scope.role().name())
                .param("source", scope.sourceSystem())
                .param("organizations", scope.organizations().stream().sorted().toArray(String[]::new))
                .param("iin", scope.iin())
                .param("now", now)
                .query(Long.class)
                .single();
        return new StoredKey(id, name, scope.role(), scope.sourceSystem(), scope.organizations(), scope.iin(), now, null);
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from api_key").query(Long.class).single() == 0;
    }

    List<StoredKey> all() {
        return jdbc.sql("select " + COLUMNS + " from api_key order by id").query(STORED_KEY).list();
    }

    boolean revoke(long id) {
        return jdbc.sql("update api_key set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", clock.instant().getEpochSecond())
                .param("id", id)
                .update() == 1;
    }

    private static final RowMapper<StoredKey> STORED_KEY = (row, number) -> new StoredKey(row.getLong("id"),
            row.getString("name"), Role.valueOf(row.getString("role")), row.getString("source_system"),
            textSet(row, "organizations"), row.getString("person_iin"), row.getLong("created_at"),
            (Long) row.getObject("revoked_at"));

    static Set<String> textSet(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }
}
