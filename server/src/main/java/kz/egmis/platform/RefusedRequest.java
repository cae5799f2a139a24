package kz.egmis.platform;

import org.springframework.http.ResponseEntity;

/**
 * A request a feature's API cannot serve, said once for every caller (an API controller answers it as JSON, a page
 * shows its code in the page's language): the HTTP status, the error code, and what to send instead.
 */
public class RefusedRequest extends RuntimeException {

    private final int status;
    private final String code;

    public RefusedRequest(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The JSON answer of an API path: {@code {"status", "error", "message"}}. */
    public ResponseEntity<Object> answer() {
        return ApiErrors.of(status, code, getMessage());
    }
}
