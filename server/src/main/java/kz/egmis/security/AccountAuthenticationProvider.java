package kz.egmis.security;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs a person in with username and password. Every refusal says the same ("wrong username or password") so that
 * nobody learns which accounts exist or are locked; {@code maxFailures} wrong passwords in a row lock the account for
 * {@code lockSeconds}, during which even the right password is refused.
 */
final class AccountAuthenticationProvider implements AuthenticationProvider {

    private static final String REFUSED = "Wrong username or password, or the account is locked for a while.";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final int maxFailures;
    private final long lockSeconds;
    /** Compared against when the username is unknown, so that a refusal takes as long either way. */
    private final String unknownUserHash;

    AccountAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, Clock clock, int maxFailures,
                                  long lockSeconds) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockSeconds = lockSeconds;
        this.unknownUserHash = passwords.encode("no such account");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal()).strip();
        String password = String.valueOf(authentication.getCredentials());
        Accounts.Account account = username.isEmpty() ? null : accounts.find(username).orElse(null);
        if (account == null || account.disabledAt() != null) {
            passwords.matches(password, unknownUserHash);
            throw new BadCredentialsException(REFUSED);
        }
        long now = clock.instant().getEpochSecond();
        boolean locked = account.lockedUntil() != null && account.lockedUntil() > now;
        boolean matches = passwords.matches(password, accounts.passwordHash(account.id()));
        if (locked || !matches) {
            if (!locked) {
                accounts.recordFailure(account.id(), maxFailures, now + lockSeconds);
            }
            throw new BadCredentialsException(REFUSED);
        }
        accounts.recordSuccess(account.id());
        Scope scope = account.scope();
        return new CallerAuthentication(Caller.of(Actor.of(Actor.Kind.ACCOUNT, Long.toString(account.id()),
                account.displayName(), scope), scope));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
