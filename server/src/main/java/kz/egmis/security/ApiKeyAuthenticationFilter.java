package kz.egmis.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import kz.egmis.platform.SourceSystem;

/**
 * Every API path needs {@code Authorization: Bearer <key>}; ingest paths also need a valid
 * {@code X-Source-System}. A refusal is JSON naming what is missing and what to send.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String SOURCE_HEADER = "X-Source-System";
    private final ObjectProvider<ApiKeys> keys;

    /** The key store is looked up on first use so that the web server's start does not open the database. */
    ApiKeyAuthenticationFilter(ObjectProvider<ApiKeys> keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !AccessPolicy.needsKey(pathOf(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = pathOf(request);
        Optional<ApiKeys.StoredKey> key = bearerToken(request).flatMap(keys.getObject()::findActive);
        if (key.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"egmis\"");
            String problem = bearerToken(request).isEmpty()
                    ? "No API key: send the header 'Authorization: Bearer <key>'."
                    : "The API key is unknown or revoked: ask an EGMIS administrator for a valid key.";
            JsonErrors.write(response, 401, "UNAUTHENTICATED", problem);
            return;
        }
        ApiKeys.StoredKey stored = key.get();
        if (!AccessPolicy.allows(stored.role(), request.getMethod(), path)) {
            JsonErrors.write(response, 403, "FORBIDDEN",
                    "A key with role " + stored.role() + " may not " + request.getMethod() + " " + path + ".");
            return;
        }
        Optional<SourceSystem> source = Optional.empty();
        if (AccessPolicy.isIngestPath(path)) {
            String header = request.getHeader(SOURCE_HEADER);
            if (!SourceSystem.isValid(header)) {
                JsonErrors.write(response, 400, "SOURCE_SYSTEM_INVALID", header == null
                        ? "The header X-Source-System is required: name the sending system (1-64 of [A-Za-z0-9_.-])."
                        : "The header X-Source-System must be 1-64 characters of [A-Za-z0-9_.-].");
                return;
            }
            if (stored.sourceSystem() != null && !stored.sourceSystem().equals(header)) {
                JsonErrors.write(response, 403, "SOURCE_SYSTEM_FORBIDDEN",
                        "This key may only send as source system '" + stored.sourceSystem() + "'.");
                return;
            }
            source = Optional.of(new SourceSystem(header));
        }
        Caller caller = stored.caller();
        (source.isPresent() ? caller.withSourceSystem(source.get()) : caller).attachTo(request);
        chain.doFilter(request, response);
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The decoded, normalised path the container will dispatch on, so no encoding can slip past the check. */
    private static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }
}
