package kz.egmis.security;

import java.util.Set;

/** Which paths need a key, which need X-Source-System, and which roles may use them. */
final class AccessPolicy {

    private static final Set<String> PUBLIC_ACTUATOR = Set.of("/actuator/health", "/actuator/info");

    private AccessPolicy() {
    }

    static boolean needsKey(String path) {
        if (PUBLIC_ACTUATOR.contains(path) || path.startsWith("/actuator/health/")) {
            return false;
        }
        return isIngestPath(path) || startsWithSegment(path, "/api") || startsWithSegment(path, "/actuator");
    }

    /** Paths that carry data in, or read it as a source system sees it: they must name the source. */
    static boolean isIngestPath(String path) {
        return startsWithSegment(path, "/fhir") || startsWithSegment(path, "/ingest");
    }

    static boolean allows(Role role, String method, String path) {
        return switch (role) {
            case ADMINISTRATOR -> true;
            // a source system may check that the ledger holds what it sent
            case SOURCE_SYSTEM -> isIngestPath(path) || startsWithSegment(path, "/api/ledger");
            // analytics scope (own BINs) is enforced by its controllers; the declared policy replaces this
            case FACILITY_MANAGER -> "GET".equals(method) && startsWithSegment(path, "/api/analytics");
            case CITIZEN -> false;
            case AUDITOR, ANALYST -> !startsWithSegment(path, "/api/admin") && !startsWithSegment(path, "/actuator")
                    && (!isIngestPath(path) || "GET".equals(method));
        };
    }

    private static boolean startsWithSegment(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
