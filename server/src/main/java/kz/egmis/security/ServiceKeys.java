package kz.egmis.security;

import org.springframework.stereotype.Component;

/**
 * Keys the server's own jobs use to call its API like any client (the demo loader sends its region through HTTP).
 * A job takes a key, uses it, and gives it back: the key is revoked, so none lingers.
 */
@Component
public class ServiceKeys {

    /** A key for a job: its secret and the id to revoke it with. */
    public record ServiceKey(long id, String secret) {
    }

    private final ApiKeys keys;

    ServiceKeys(ApiKeys keys) {
        this.keys = keys;
    }

    public ServiceKey issue(String jobName, Scope scope) {
        ApiKeys.NewKey created = keys.create(jobName, scope);
        return new ServiceKey(created.stored().id(), created.secret());
    }

    public void revoke(ServiceKey key) {
        keys.revoke(key.id());
    }
}
