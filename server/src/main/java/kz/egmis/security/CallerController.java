package kz.egmis.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/caller}: who the caller is to EGMIS (role, scope, the name its reads are logged under). */
@RestController
class CallerController {

    @GetMapping("/api/caller")
    Map<String, Object> caller(HttpServletRequest request) {
        Caller caller = Caller.of(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", caller.actor().reference());
        body.put("name", caller.actor().displayName());
        body.put("role", caller.role());
        body.put("sourceSystem", caller.boundSource());
        body.put("organizations", caller.organizations().stream().sorted().toList());
        body.put("iin", caller.personIin());
        return body;
    }
}
