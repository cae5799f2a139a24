package kz.egmis.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How a refused request is answered: programs (API paths, or a client that does not ask for HTML) get a JSON body
 * with a code saying what to send; a browser asking for a page without signing in is sent to the sign-in page.
 */
final class JsonRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (!wantsJson(request)) {
            signIn.commence(request, response, failure);
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"egmis\"");
        String authorization = request.getHeader("Authorization");
        String problem = authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? "No credentials: send 'Authorization: Bearer <key or token>', or sign in at /login."
                : "The key or token is unknown, revoked, expired or not for EGMIS (" + failure.getMessage()
                        + "): ask an EGMIS administrator for a valid key, or sign in again.";
        JsonErrors.write(response, 401, "UNAUTHENTICATED", problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            JsonErrors.write(response, 403, "CSRF_TOKEN_MISSING", "A request of a signed-in session must carry the "
                    + "session's CSRF token (header X-CSRF-TOKEN or form field _csrf): reload the page and try again.");
            return;
        }
        Caller caller = CallerAuthentication.callerOf(SecurityContextHolder.getContext().getAuthentication());
        String who = caller == null ? "This caller" : "A caller with role " + caller.role();
        JsonErrors.write(response, 403, "FORBIDDEN", who + " may not " + request.getMethod() + " "
                + RequestPaths.of(request) + ".");
    }

    /** Whether a refusal of this request is answered as JSON rather than by a redirect to the sign-in page. */
    static boolean wantsJson(HttpServletRequest request) {
        return RequestPaths.isApiPath(RequestPaths.of(request)) || !wantsHtml(request);
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
