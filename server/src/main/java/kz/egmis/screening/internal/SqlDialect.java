package kz.egmis.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The few spellings that differ between engines, written in rule SQL as macros: {@code @LIST(x)} (the distinct
 * values of x, sorted, joined by commas), {@code @DAY(d)} (epoch day as YYYY-MM-DD), {@code @TIME(s)} (epoch
 * second as an ISO date-time in UTC+05:00), {@code @TODAY()} (today's epoch day) and {@code @IN_SCOPE(kind, ...)}
 * (true in a full pass; in a scoped pass, the condition {@link ScopeKind} gives). Everything else in a rule is
 * standard SQL that PostgreSQL and Spark SQL read alike.
 */
final class SqlDialect {

    /** PostgreSQL's spellings for a full pass. A Spark runner substitutes array_join(array_sort(collect_set(x)), ','), etc. */
    static SqlDialect postgres(int today) {
        return postgres(today, false);
    }

    /** PostgreSQL's spellings; a scoped pass restricts every rule to the scope (ScreeningScope fills it). */
    static SqlDialect postgres(int today, boolean scoped) {
        return new SqlDialect(Map.of(
                "LIST", argument -> "string_agg(distinct " + argument + ", ',' order by " + argument + ")",
                "DAY", argument -> "to_char(date '1970-01-01' + (" + argument + "), 'YYYY-MM-DD')",
                "TIME", argument -> "to_char(timestamp '1970-01-01 05:00:00' + (" + argument
                        + ") * interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+05:00\"')",
                "TODAY", argument -> Integer.toString(today),
                "IN_SCOPE", argument -> {
                    List<String> parts = arguments(argument);
                    return ScopeKind.of(parts.get(0)).expand(parts.subList(1, parts.size()), scoped);
                }));
    }

    private final Map<String, Function<String, String>> macros;

    private SqlDialect(Map<String, Function<String, String>> macros) {
        this.macros = macros;
    }

    /** The rule's SQL with every macro replaced; a macro's argument may hold parentheses, quotes and macros. */
    String expand(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 256);
        int position = 0;
        while (true) {
            int at = sql.indexOf('@', position);
            if (at < 0) {
                return out.append(sql, position, sql.length()).toString();
            }
            int open = sql.indexOf('(', at);
            String name = open < 0 ? "" : sql.substring(at + 1, open);
            Function<String, String> macro = macros.get(name);
            if (macro == null) {
                throw new IllegalArgumentException("SCREENING_RULE_MACRO: unknown macro at '"
                        + sql.substring(at, Math.min(sql.length(), at + 20)) + "'");
            }
            int close = closingParenthesis(sql, open);
            out.append(sql, position, at).append(macro.apply(expand(sql.substring(open + 1, close))));
            position = close + 1;
        }
    }

    /** A macro's argument split at its top-level commas (not those inside parentheses or quotes), trimmed. */
    static List<String> arguments(String argument) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(argument.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(argument.substring(start).trim());
        return parts;
    }

    private static int closingParenthesis(String sql, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("SCREENING_RULE_MACRO: unbalanced parentheses after position " + open);
    }
}
