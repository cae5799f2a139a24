package kz.egmis.ingestion.internal.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.platform.Sha256;

/**
 * The SHA-256 of the canonical rows of each record, as its ledger leaf commits to them: one line per row
 * ({@code table|value|value...}), lines sorted, joined by newlines. Values are written as the database gives
 * them back (numbers without trailing zeros), so that {@code verify} recomputes the same digest from the
 * tables and any later change to a row shows.
 */
public final class RowDigests {

    private final Map<RecordKey, List<String>> lines = new HashMap<>();

    void add(RecordKey owner, String table, Object[] values) {
        lines.computeIfAbsent(owner, key -> new ArrayList<>()).add(line(table, values));
    }

    String digestOf(RecordKey owner) {
        return digest(lines.getOrDefault(owner, List.of()));
    }

    public static String line(String table, Object[] values) {
        StringBuilder line = new StringBuilder(table);
        for (Object value : values) {
            line.append('|');
            if (value == null) {
                line.append('~');
            } else if (value instanceof BigDecimal decimal) {
                line.append(decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString());
            } else {
                appendEscaped(line, value.toString());
            }
        }
        return line.toString();
    }

    /** A separator, the null mark or a line break inside a value is escaped, so lines stay unambiguous. */
    private static void appendEscaped(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '|', '~' -> line.append('\\').append(c);
                case '\n' -> line.append("\\n");
                default -> line.append(c);
            }
        }
    }

    public static String digest(List<String> rowLines) {
        List<String> sorted = new ArrayList<>(rowLines);
        sorted.sort(null);
        return Sha256.hex(String.join("\n", sorted));
    }
}
