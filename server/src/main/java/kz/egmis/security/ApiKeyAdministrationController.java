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

import kz.egmis.platform.ApiErrors;

/** Administrators create, list and revoke keys. The secret is answered once, at creation. */
@RestController
@RequestMapping("/api/admin/keys")
class ApiKeyAdministrationController {

    private final ApiKeys keys;

    ApiKeyAdministrationController(ApiKeys keys) {
        this.keys = keys;
    }

    record KeyRequest(String name, Role role, String sourceSystem, List<String> organizations, String iin) {
    }

    @PostMapping
    ResponseEntity<Object> create(@RequestBody KeyRequest request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            return badRequest("'name' is required, at most 200 characters.");
        }
        Scope scope;
        try {
            scope = Scope.of(request.role(), request.sourceSystem(), request.organizations(), request.iin());
        } catch (Scope.InvalidScopeException invalid) {
            return badRequest(invalid.getMessage());
        }
        ApiKeys.NewKey created = keys.create(request.name().strip(), scope);
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
