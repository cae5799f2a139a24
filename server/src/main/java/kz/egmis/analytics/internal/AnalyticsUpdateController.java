package kz.egmis.analytics.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.platform.ApiErrors;
import kz.egmis.security.Caller;
import kz.egmis.security.Role;

/**
 * {@code POST /api/analytics/update}: an administrator recomputes every analytics table from the canonical ones
 * (after a restore, or when a real-time update failed); answers {@code {claims, encounters, attachments, durationMs}}.
 */
@RestController
class AnalyticsUpdateController {

    private final AnalyticsUpdates updates;

    AnalyticsUpdateController(AnalyticsUpdates updates) {
        this.updates = updates;
    }

    @PostMapping("/api/analytics/update")
    ResponseEntity<Object> updateAll(HttpServletRequest request) {
        if (Caller.of(request).role() != Role.ADMINISTRATOR) {
            return ApiErrors.of(403, "ANALYTICS_UPDATE_FORBIDDEN", "Only an administrator recomputes the analytics tables.");
        }
        return ResponseEntity.ok(updates.updateAll());
    }
}
