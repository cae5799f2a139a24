package kz.egmis.platform;

import java.util.regex.Pattern;

/** The code a source system names itself by in {@code X-Source-System}: 1-64 of {@code [A-Za-z0-9_.-]}. */
public record SourceSystem(String code) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public SourceSystem {
        if (code == null || !VALID.matcher(code).matches()) {
            throw new IllegalArgumentException("X-Source-System must be 1-64 characters of A-Z, a-z, 0-9, '_', '.' or '-'"
                    + (code == null ? ", and it is missing" : ""));
        }
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
