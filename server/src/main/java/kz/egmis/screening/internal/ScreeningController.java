package kz.egmis.screening.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.screening.ScreeningPasses;
import kz.egmis.security.Role;
import kz.egmis.security.Caller;
import kz.egmis.platform.ApiErrors;

/** {@code POST /api/screening/run}: a full pass over all data, answered when done with {findings, durationMs}. */
@RestController
class ScreeningController {

    private final ScreeningRunner runner;

    ScreeningController(ScreeningRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/api/screening/run")
    ResponseEntity<Object> run(HttpServletRequest request) {
        Role role = Caller.of(request).role();
        if (role != Role.ADMINISTRATOR && role != Role.AUDITOR) {
            return ApiErrors.of(403, "SCREENING_RUN_FORBIDDEN", "Only an auditor or an administrator may run screening.");
        }
        ScreeningPasses.Figures result = runner.runFullPass(false);
        return ResponseEntity.ok(Map.of("findings", result.offences(), "durationMs", result.durationMs()));
    }
}
