package kz.egmis.platform;

/**
 * A configuration problem that must stop start-up. It is reported as one line, its code first, so
 * an operator sees what to fix instead of a stack trace.
 */
public class StartupFailure extends RuntimeException {

    private final String code;
    private final String fix;

    public StartupFailure(String code, String problem, String fix) {
        this(code, problem, fix, null);
    }

    public StartupFailure(String code, String problem, String fix, Throwable cause) {
        super(problem, cause);
        this.code = code;
        this.fix = fix;
    }

    public String code() {
        return code;
    }

    public String problem() {
        return getMessage();
    }

    public String fix() {
        return fix;
    }

    /** The single line printed when start-up stops. */
    public String oneLine() {
        return code + ": " + problem() + " Fix: " + fix;
    }
}
