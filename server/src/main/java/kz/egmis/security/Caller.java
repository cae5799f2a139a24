package kz.egmis.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import kz.egmis.platform.SourceSystem;

/**
 * The authenticated caller of a request: who it is ({@link Actor}), its role and, for the bound roles, its scope
 * (INTERCHANGE.md section 7); on ingest paths also the source system it sends as. Set before any controller runs.
 *
 * @param actor            who is calling, as logged
 * @param role             its one role
 * @param organizations    a facility manager's BINs; empty for every other role
 * @param personIin        a citizen's IIN; null for every other role
 * @param boundSource      a source system key's own source; null for every other role
 * @param sourceSystem     on ingest paths, the source named by X-Source-System (checked against the bound source)
 */
public record Caller(Actor actor, Role role, Set<String> organizations, String personIin, String boundSource,
                     Optional<SourceSystem> sourceSystem) implements Serializable {

    static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Caller {
        organizations = Set.copyOf(organizations);
    }

    static Caller of(Actor actor, Scope scope) {
        return new Caller(actor, scope.role(), scope.organizations(), scope.iin(), scope.sourceSystem(), Optional.empty());
    }

    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(REQUEST_ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new IllegalStateException("no authenticated caller on " + request.getRequestURI());
    }

    /** Whether this caller sees every facility (administrator, auditor, analyst): listings need no BIN filter. */
    public boolean seesAllFacilities() {
        return role.seesAllFacilities();
    }

    /** Whether this caller may read the data of the facility with this BIN. */
    public boolean mayReadFacility(String bin) {
        return seesAllFacilities() || (role == Role.FACILITY_MANAGER && organizations.contains(bin));
    }

    /** The source system named by X-Source-System; present on every ingest path. */
    public SourceSystem requiredSourceSystem() {
        return sourceSystem.orElseThrow(() -> new IllegalStateException("X-Source-System was not checked on this path"));
    }

    Caller withSourceSystem(SourceSystem source) {
        return new Caller(actor, role, organizations, personIin, boundSource, Optional.of(source));
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(REQUEST_ATTRIBUTE, this);
    }
}
