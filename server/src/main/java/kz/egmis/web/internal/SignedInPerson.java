package kz.egmis.web.internal;

import java.util.List;

import kz.egmis.security.Caller;
import kz.egmis.security.Role;

/**
 * What every page shows of the signed-in person: name, role and scope (as message keys and arguments, so that they
 * read in the page's language), and what the role may open.
 */
public record SignedInPerson(String name, Role role, String scopeKey, List<String> scopeArguments) {

    static SignedInPerson of(Caller caller) {
        return switch (caller.role()) {
            case FACILITY_MANAGER -> new SignedInPerson(caller.actor().displayName(), caller.role(), "scope.facilities",
                    List.of(String.join(", ", caller.organizations().stream().sorted().toList())));
            case CITIZEN -> new SignedInPerson(caller.actor().displayName(), caller.role(), "scope.person",
                    List.of(caller.personIin()));
            case SOURCE_SYSTEM -> new SignedInPerson(caller.actor().displayName(), caller.role(), "scope.source",
                    List.of(caller.boundSource()));
            default -> new SignedInPerson(caller.actor().displayName(), caller.role(), "scope.all", List.of());
        };
    }

    public boolean readsFindings() {
        return role.seesAllFacilities() || role == Role.FACILITY_MANAGER;
    }

    /** Facility and region pages: every role that reads findings (a manager within its facilities). */
    public boolean readsAnalytics() {
        return readsFindings();
    }

    /** The outliers page ranks every facility: the roles that see all of them. */
    public boolean ranksOutliers() {
        return role.seesAllFacilities();
    }

    public boolean managesFacilities() {
        return role == Role.FACILITY_MANAGER && !scopeArguments.isEmpty() && !scopeArguments.get(0).isBlank();
    }

    /** A manager's first facility (BINs sorted), the one its menu opens. */
    public String firstFacility() {
        return managesFacilities() ? scopeArguments.get(0).split(", ")[0] : null;
    }

    public boolean reviewsFindings() {
        return role == Role.AUDITOR || role == Role.ADMINISTRATOR;
    }
}
