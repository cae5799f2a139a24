package kz.egmis.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;

/** The JSON error of every refused API request: {@code {"status", "error", "message"}}. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static ResponseEntity<Object> of(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
