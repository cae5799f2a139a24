package kz.egmis.demo.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The report's section on padding no rule catches: the top outliers of the last full month of the period, per metric,
 * read from {@code GET /api/analytics/outliers} like any client would.
 */
public final class OutliersReport {

    /** The metrics the demo plants padding on, by level. */
    public static final List<String> FACILITY_METRICS = List.of("kzt_per_attached", "services_per_patient",
            "attached_not_seen_share");
    public static final List<String> PRACTITIONER_METRICS = List.of("minutes_per_practitioner_day");
    private static final int SHOWN = 3;

    private OutliersReport() {
    }

    /** The last month the period covers in full (the month before the last day's, unless that day ends its month). */
    public static YearMonth lastFullMonth(LocalDate lastDay) {
        YearMonth month = YearMonth.from(lastDay);
        return lastDay.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    /** The outliers of one metric and month, highest robust z first: those marked {@code outlier} only. */
    public static List<JsonNode> outliers(ApiReader api, String level, String metric, YearMonth month, int limit) {
        JsonNode answer = api.get("/api/analytics/outliers?level=" + level + "&metric=" + metric + "&month=" + month
                + "&limit=" + limit);
        List<JsonNode> items = new ArrayList<>();
        answer.path("items").forEach(item -> {
            if (item.path("outlier").asBoolean(false)) {
                items.add(item);
            }
        });
        return items;
    }

    public static void print(PrintStream out, ApiReader api, YearMonth month) {
        out.println();
        out.println("  Top outliers of " + month + " (robust z >= 3.5 against peers: improbable, not proof; no rule raises them)");
        for (String metric : FACILITY_METRICS) {
            printMetric(out, api, "facility", metric, month);
        }
        for (String metric : PRACTITIONER_METRICS) {
            printMetric(out, api, "practitioner", metric, month);
        }
    }

    private static void printMetric(PrintStream out, ApiReader api, String level, String metric, YearMonth month) {
        List<JsonNode> items = outliers(api, level, metric, month, SHOWN);
        out.printf(Locale.ROOT, "  %s%s%n", metric, items.isEmpty() ? ": none" : "");
        for (JsonNode item : items) {
            out.printf(Locale.ROOT, "    %-60s %s %s %10.2f (peers %.2f, z %.1f)%n", item.path("name").asString(),
                    level.equals("facility") ? "BIN" : "IIN", item.path("key").asString(), item.path("value").asDouble(),
                    item.path("peerMedian").asDouble(), item.path("robustZ").asDouble());
        }
    }
}
