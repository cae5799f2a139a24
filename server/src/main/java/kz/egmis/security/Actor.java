package kz.egmis.security;

import java.io.Serializable;
import java.util.Locale;

/**
 * Who did something, as the access log, the ledger and a finding's history name them: an API key, a local account,
 * a person signed in through the OpenID Connect provider, or one of the server's own jobs.
 *
 * @param kind            what kind of credential
 * @param id              its id within that kind: the key's or account's number, the provider's subject, the job's name
 * @param displayName     the name shown to a citizen reading who read their record
 * @param role            the role it acted in
 * @param organizationBin the organization it acted for, when it has one (a facility manager's first BIN), else null
 */
public record Actor(Kind kind, String id, String displayName, Role role, String organizationBin) implements Serializable {

    public enum Kind { KEY, ACCOUNT, OIDC, JOB }

    /** One of the server's own jobs (screening passes, the demo loader): it reads in its own name. */
    public static Actor job(String name) {
        return new Actor(Kind.JOB, name, name, Role.ADMINISTRATOR, null);
    }

    /** The actor of a caller with this scope: a facility manager acts for its first BIN. */
    static Actor of(Kind kind, String id, String displayName, Scope scope) {
        String organization = scope.organizations().stream().sorted().findFirst().orElse(null);
        return new Actor(kind, id, displayName, scope.role(), organization);
    }

    /** {@code key:12}, {@code account:3}, {@code oidc:<subject>}, {@code job:<name>}. */
    public String reference() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
