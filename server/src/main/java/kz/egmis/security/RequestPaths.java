package kz.egmis.security;

import jakarta.servlet.http.HttpServletRequest;

/** The decoded, normalised path the container dispatches on, so that no encoding slips past a check. */
final class RequestPaths {

    private RequestPaths() {
    }

    static String of(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    /** Paths that carry data in, or read it as a source system sees it: they must name the source. */
    static boolean isIngestPath(String path) {
        return startsWithSegment(path, "/fhir") || startsWithSegment(path, "/ingest");
    }

    /** Paths whose callers are programs: refusals are JSON, never a redirect to the sign-in page. */
    static boolean isApiPath(String path) {
        return isIngestPath(path) || startsWithSegment(path, "/api") || startsWithSegment(path, "/actuator");
    }

    static boolean startsWithSegment(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
