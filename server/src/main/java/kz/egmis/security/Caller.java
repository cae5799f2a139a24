package kz.egmis.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import kz.egmis.platform.SourceSystem;

/**
 * The authenticated caller of a request, and on ingest paths the source system it sends as. Set by the
 * authentication filter before any controller runs.
 */
public record Caller(long keyId, String keyName, ApiKeyRole role, Optional<SourceSystem> sourceSystem) {

    static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(REQUEST_ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new IllegalStateException("no authenticated caller on " + request.getRequestURI());
    }

    /** The source system named by X-Source-System; present on every ingest path. */
    public SourceSystem requiredSourceSystem() {
        return sourceSystem.orElseThrow(() -> new IllegalStateException("X-Source-System was not checked on this path"));
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(REQUEST_ATTRIBUTE, this);
    }
}
