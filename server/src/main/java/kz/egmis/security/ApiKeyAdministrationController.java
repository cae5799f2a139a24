package kz.egmis.security;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.platform.SourceSystem;
import kz.egmis.platform.ApiErrors;

/** Administrators create, list and revoke keys. The secret is answered once, at creation. */
@RestController
@RequestMapping("/api/admin/keys")
class ApiKeyAdministrationController {

    private final ApiKeys keys;

    ApiKeyAdministrationController(ApiKeys keys) {
        this.keys = keys;
    }

    record KeyRequest(String name, ApiKeyRole role, String sourceSystem) {
    }

    @PostMapping
    ResponseEntity<Object> create(@RequestBody KeyRequest request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            return badRequest("'name' is required, at most 200 characters.");
        }
        if (request.role() == null) {
            return badRequest("'role' is required: one of ADMINISTRATOR, SOURCE_SYSTEM, AUDITOR, ANALYST.");
        }
        if (request.sourceSystem() != null && !SourceSystem.isValid(request.sourceSystem())) {
            return badRequest("'sourceSystem' must be 1-64 characters of [A-Za-z0-9_.-].");
        }
        ApiKeys.NewKey created = keys.create(request.name().strip(), request.role(), request.sourceSystem());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("key", created.secret(), "id",
                created.stored().id(), "name", created.stored().name(), "role", created.stored().role()));
    }

    @GetMapping
    List<ApiKeys.StoredKey> list() {
        return keys.all();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Object> revoke(@PathVariable long id) {
        return keys.revoke(id) ? ResponseEntity.noContent().build()
                : ApiErrors.of(404, "KEY_NOT_FOUND", "No active key with id " + id + ".");
    }

    private static ResponseEntity<Object> badRequest(String message) {
        return ApiErrors.of(400, "KEY_REQUEST_INVALID", message);
    }
}
