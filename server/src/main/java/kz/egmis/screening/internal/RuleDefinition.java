package kz.egmis.screening.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule as the standard defines it: code, version, severity, what its offences belong to ({@link ScopeKind}) and
 * the one SQL query every engine runs. The query yields one row per offence with the columns {@link #OUTPUT_COLUMNS};
 * engine-specific spellings are macros ({@link SqlDialect}).
 */
record RuleDefinition(String code, int version, String severity, ScopeKind scope, String sql) {

    static final String OUTPUT_COLUMNS = "offence_key, amount_kzt, patient_iin, practitioner_iin, organization_bin, day,"
            + " service_code, encounter_ids, attachment_id, claim_ids, evidence";

    private static final Pattern HEADER = Pattern.compile("^--\\s*(code|version|severity|scope):\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{1,63}");
    private static final Pattern IN_SCOPE = Pattern.compile("@IN_SCOPE\\(\\s*([a-z-]+)\\s*,");

    /**
     * Reads the small header ({@code -- code:}, {@code -- version:}, {@code -- severity:}, {@code -- scope:}) and keeps
     * the query, which must restrict itself with {@code @IN_SCOPE} of the kind its header names (and no other).
     */
    static RuleDefinition parse(String fileName, String text) {
        Map<String, String> header = new HashMap<>();
        Matcher matcher = HEADER.matcher(text);
        while (matcher.find()) {
            header.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        String code = header.get("code");
        if (code == null || !CODE.matcher(code).matches() || !fileName.equals(code + ".sql")) {
            throw new IllegalArgumentException("SCREENING_RULE_HEADER: " + fileName + " must start with '-- code: "
                    + fileName.replace(".sql", "") + "'");
        }
        int version;
        try {
            version = Integer.parseInt(header.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SCREENING_RULE_HEADER: " + fileName + " needs '-- version: <integer>'", e);
        }
        String severity = header.get("severity");
        if (severity == null || !severity.matches("high|medium|low")) {
            throw new IllegalArgumentException("SCREENING_RULE_HEADER: " + fileName + " needs '-- severity: high|medium|low'");
        }
        ScopeKind scope;
        try {
            scope = ScopeKind.of(header.getOrDefault("scope", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SCREENING_RULE_HEADER: " + fileName + " needs '-- scope: claim|patient|"
                    + "practitioner-day'", e);
        }
        Matcher macros = IN_SCOPE.matcher(text);
        boolean restricted = false;
        while (macros.find()) {
            if (!macros.group(1).equals(scope.code())) {
                throw new IllegalArgumentException("SCREENING_RULE_SCOPE: " + fileName + " is scoped by " + scope.code()
                        + " but uses @IN_SCOPE(" + macros.group(1) + ", ...)");
            }
            restricted = true;
        }
        if (!restricted) {
            throw new IllegalArgumentException("SCREENING_RULE_SCOPE: " + fileName + " never says where its scope applies"
                    + " (@IN_SCOPE(" + scope.code() + ", ...))");
        }
        return new RuleDefinition(code, version, severity, scope, text);
    }
}
