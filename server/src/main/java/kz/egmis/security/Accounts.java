package kz.egmis.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * People's accounts for the web interface (the embedded default; production may sign people in through OpenID
 * Connect instead). Passwords are kept only as adaptive hashes (bcrypt through Spring Security's delegating encoder);
 * repeated failed sign-ins lock an account for a while.
 */
@Component
public class Accounts {

    /** Thrown when an account request is malformed; the message names the field. */
    public static final class InvalidAccountException extends IllegalArgumentException {
        InvalidAccountException(String message) {
            super(message);
        }
    }

    /** An account as stored, without its password hash. */
    public record Account(long id, String username, String displayName, Role role, java.util.Set<String> organizations,
                          String iin, int failedAttempts, Long lockedUntil, long createdAt, Long disabledAt) {

        Scope scope() {
            return new Scope(role, null, organizations, iin);
        }
    }

    /** A created account and its password, shown once when EGMIS generated it. */
    public record NewAccount(Account account, String generatedPassword) {
    }

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final String COLUMNS = "id, username, display_name, role, organizations, person_iin, failed_attempts, "
            + "locked_until, created_at, disabled_at";
    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an account; a null password makes EGMIS generate one (returned once).
     *
     * @throws InvalidAccountException         when the username, name or password is unusable or the username taken
     * @throws Scope.InvalidScopeException     when the role's scope is missing or invalid
     */
    public NewAccount create(String username, String displayName, Scope scope, String password) {
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new InvalidAccountException("'username' must be 2-64 of a-z, 0-9 and . _ @ - (starting with a letter "
                    + "or digit).");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidAccountException("'displayName' is required, at most 200 characters.");
        }
        if (scope.role() == Role.SOURCE_SYSTEM) {
            throw new InvalidAccountException("A source system calls EGMIS with an API key, not an account: create a key.");
        }
        if (password != null && (password.length() < MIN_PASSWORD || password.length() > 200)) {
            throw new InvalidAccountException("'password' must be " + MIN_PASSWORD + "-200 characters; leave it out to "
                    + "have EGMIS generate one.");
        }
        if (find(name).isPresent()) {
            throw new InvalidAccountException("The username '" + name + "' is taken.");
        }
        String chosen = password == null ? generatePassword() : password;
        long now = clock.instant().getEpochSecond();
        long id = jdbc.sql("insert into user_account (username, display_name, password_hash, role, organizations, "
                        + "person_iin, created_at) values (:username, :name, :hash, :role, :organizations, :iin, :now) "
                        + "returning id")
                .param("username", name).param("name", displayName.strip()).param("hash", passwords.encode(chosen))
                .param("role", scope.role().name())
                .param("organizations", scope.organizations().stream().sorted().toArray(String[]::new))
                .param("iin", scope.iin()).param("now", now)
                .query(Long.class).single();
        return new NewAccount(byId(id).orElseThrow(), password == null ? chosen : null);
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = :username")
                .param("username", username.toLowerCase(Locale.ROOT)).query(ACCOUNT).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from user_account order by id").query(ACCOUNT).list();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = :id").param("id", id).query(ACCOUNT).optional();
    }

    /** The stored hash, for the sign-in check only. */
    String passwordHash(long id) {
        return jdbc.sql("select password_hash from user_account where id = :id").param("id", id).query(String.class).single();
    }

    /** Counts a failed sign-in; the one that reaches {@code maxFailures} locks the account until {@code lockedUntil}. */
    void recordFailure(long id, int maxFailures, long lockedUntil) {
        jdbc.sql("update user_account set failed_attempts = failed_attempts + 1, locked_until = case when "
                        + "failed_attempts + 1 >= :max then :until else locked_until end where id = :id")
                .param("max", maxFailures).param("until", lockedUntil).param("id", id).update();
    }

    void recordSuccess(long id) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id").param("id", id).update();
    }

    public boolean unlock(long id) {
        return jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id).update() == 1;
    }

    public boolean disable(long id) {
        return jdbc.sql("update user_account set disabled_at = :now where id = :id and disabled_at is null")
                .param("now", clock.instant().getEpochSecond()).param("id", id).update() == 1;
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }

    private static final RowMapper<Account> ACCOUNT = (row, number) -> new Account(row.getLong("id"),
            row.getString("username"), row.getString("display_name"), Role.valueOf(row.getString("role")),
            ApiKeys.textSet(row, "organizations"), row.getString("person_iin"), row.getInt("failed_attempts"),
            (Long) row.getObject("locked_until"), row.getLong("created_at"), (Long) row.getObject("disabled_at"));
}
