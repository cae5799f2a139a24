package kz.egmis.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import kz.egmis.platform.SourceSystem;

/**
 * Runs after the access policy allowed a request: hands the {@link Caller} to the controllers and, on ingest paths,
 * checks that {@code X-Source-System} names a valid source, and the key's own source when the key is bound to one.
 */
final class CallerFilter extends OncePerRequestFilter {

    static final String SOURCE_HEADER = "X-Source-System";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = CallerAuthentication.callerOf(SecurityContextHolder.getContext().getAuthentication());
        if (caller != null && RequestPaths.isIngestPath(RequestPaths.of(request))) {
            String header = request.getHeader(SOURCE_HEADER);
            if (!SourceSystem.isValid(header)) {
                JsonErrors.write(response, 400, "SOURCE_SYSTEM_INVALID", header == null
                        ? "The header X-Source-System is required: name the sending system (1-64 of [A-Za-z0-9_.-])."
                        : "The header X-Source-System must be 1-64 characters of [A-Za-z0-9_.-].");
                return;
            }
            if (caller.boundSource() != null && !caller.boundSource().equals(header)) {
                JsonErrors.write(response, 403, "SOURCE_SYSTEM_FORBIDDEN",
                        "This key may only send and read as source system '" + caller.boundSource() + "'.");
                return;
            }
            caller = caller.withSourceSystem(new SourceSystem(header));
        }
        if (caller != null) {
            caller.attachTo(request);
        }
        chain.doFilter(request, response);
    }
}
