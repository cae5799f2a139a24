package kz.egmis.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.platform.ApiErrors;

/**
 * Administrators create, list, unlock and disable people's accounts. A password EGMIS generated is answered once,
 * at creation; no answer ever carries a password hash.
 */
@RestController
class AccountAdministrationController {

    private final Accounts accounts;

    AccountAdministrationController(Accounts accounts) {
        this.accounts = accounts;
    }

    record AccountRequest(String username, String displayName, Role role, List<String> organizations, String iin,
                          String password) {
    }

    @PostMapping("/api/admin/users")
    ResponseEntity<Object> create(@RequestBody AccountRequest request) {
        if (request == null) {
            return ApiErrors.of(400, "ACCOUNT_REQUEST_INVALID", "Send {username, displayName, role, ...} as JSON.");
        }
        try {
            Scope scope = Scope.of(request.role(), null, request.organizations(), request.iin());
            Accounts.NewAccount created = accounts.create(request.username(), request.displayName(), scope,
                    request.password());
            Map<String, Object> body = describe(created.account());
            if (created.generatedPassword() != null) {
                body.put("password", created.generatedPassword());
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        } catch (Scope.InvalidScopeException | Accounts.InvalidAccountException invalid) {
            return ApiErrors.of(400, "ACCOUNT_REQUEST_INVALID", invalid.getMessage());
        }
    }

    @GetMapping("/api/admin/users")
    List<Map<String, Object>> list() {
        return accounts.all().stream().map(AccountAdministrationController::describe).toList();
    }

    @PostMapping("/api/admin/users/{id}/unlock")
    ResponseEntity<Object> unlock(@PathVariable long id) {
        return accounts.unlock(id) ? ResponseEntity.noContent().build()
                : ApiErrors.of(404, "ACCOUNT_NOT_FOUND", "No account with id " + id + ".");
    }

    @DeleteMapping("/api/admin/users/{id}")
    ResponseEntity<Object> disable(@PathVariable long id) {
        return accounts.disable(id) ? ResponseEntity.noContent().build()
                : ApiErrors.of(404, "ACCOUNT_NOT_FOUND", "No active account with id " + id + ".");
    }

    private static Map<String, Object> describe(Accounts.Account account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", account.id());
        body.put("username", account.username());
        body.put("displayName", account.displayName());
        body.put("role", account.role());
        body.put("organizations", account.organizations().stream().sorted().toList());
        body.put("iin", account.iin());
        body.put("lockedUntil", account.lockedUntil());
        body.put("disabled", account.disabledAt() != null);
        return body;
    }
}
