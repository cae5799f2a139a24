package kz.egmis.demo.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The short report the run command prints: open findings and KZT at risk per rule, the five facilities with the
 * most at risk, and the ledger's signed tree head, all read from the API like any client would.
 */
public final class DemoReport {

    private DemoReport() {
    }

    /** Every open (not withdrawn) finding, page by page. */
    public static List<JsonNode> openFindings(ApiReader api) {
        List<JsonNode> findings = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.get("/api/findings?size=1000&page=" + page);
            answer.path("items").forEach(findings::add);
            if (answer.path("items").size() < 1000) {
                return findings;
            }
        }
    }

    /** Rules whose planted offences bill a living person for care they did not get: the citizen the demo signs in as. */
    private static final List<String> CITIZEN_RULES = List.of("DUPLICATE_BILLING", "SEX_AGE_MISMATCH",
            "UNATTACHED_PHC_BILLING", "SPECIALTY_MISMATCH", "OUTPATIENT_DURING_INPATIENT");

    /** What the demo's accounts are made for: the riskiest facility, and a person with a planted offence. */
    public record Highlights(String riskiestBin, String riskiestName, String citizenIin, String citizenRule) {
    }

    public static Highlights print(PrintStream out, ApiReader api, Map<String, String> facilityNames) {
        List<JsonNode> findings = openFindings(api);
        Map<String, long[]> countPerRule = new TreeMap<>();
        Map<String, BigDecimal> amountPerRule = new TreeMap<>();
        Map<String, BigDecimal> amountPerFacility = new TreeMap<>();
        Map<String, Integer> findingsPerFacility = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode finding : findings) {
            String rule = finding.path("rule").asString();
            BigDecimal amount = finding.path("amountKzt").isNull() ? BigDecimal.ZERO : finding.path("amountKzt").decimalValue();
            countPerRule.computeIfAbsent(rule, r -> new long[1])[0]++;
            amountPerRule.merge(rule, amount, BigDecimal::add);
            total = total.add(amount);
            String bin = finding.path("organizationBin").asString("");
            if (!bin.isEmpty()) {
                amountPerFacility.merge(bin, amount, BigDecimal::add);
                findingsPerFacility.merge(bin, 1, Integer::sum);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "  %-30s %8s %16s%n", "Open findings by rule", "count", "KZT at risk");
        countPerRule.forEach((rule, count) -> out.printf(Locale.ROOT, "  %-30s %8d %,16.0f%n", rule, count[0], amountPerRule.get(rule)));
        out.printf(Locale.ROOT, "  %-30s %8d %,16.0f%n", "total", findings.size(), total);
        out.println();
        out.println("  The five riskiest facilities (KZT at risk and open findings)");
        List<Map.Entry<String, BigDecimal>> riskiest = new ArrayList<>(amountPerFacility.entrySet());
        riskiest.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        for (int i = 0; i < Math.min(5, riskiest.size()); i++) {
            String bin = riskiest.get(i).getKey();
            out.printf(Locale.ROOT, "  %d. %-68s BIN %s %,14.0f KZT %5d%n", i + 1,
                    facilityNames.getOrDefault(bin, "?"), bin, riskiest.get(i).getValue(), findingsPerFacility.get(bin));
        }
        String riskiestBin = riskiest.isEmpty() ? null : riskiest.get(0).getKey();
        JsonNode citizen = findings.stream().filter(finding -> CITIZEN_RULES.contains(finding.path("rule").asString()))
                .filter(finding -> !finding.path("patientIin").isNull())
                .min(Comparator.comparing((JsonNode finding) -> CITIZEN_RULES.indexOf(finding.path("rule").asString()))
                        .thenComparing(finding -> finding.path("id").asString())).orElse(null);
        JsonNode head = api.get("/api/ledger/sth");
        out.println();
        out.printf(Locale.ROOT, "  Ledger: %,d entries, root %s, signed %s by key %s%n", head.path("treeSize").asLong(),
                head.path("rootHash").asString(), Instant.ofEpochMilli(head.path("timestamp").asLong()),
                head.path("keyId").asString());
        return new Highlights(riskiestBin, riskiestBin == null ? null : facilityNames.getOrDefault(riskiestBin, "?"),
                citizen == null ? null : citizen.path("patientIin").asString(),
                citizen == null ? null : citizen.path("rule").asString());
    }
}
