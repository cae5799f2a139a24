package kz.egmis.screening.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import kz.egmis.platform.StartupFailure;

/** The rule definitions shipped in {@code screening/rules/*.sql}, read once at start-up. */
@Component
class RuleCatalog {

    static final List<String> STANDARD_RULES = kz.egmis.screening.FindingReviewing.RULES;

    private final List<RuleDefinition> rules;

    RuleCatalog() {
        List<RuleDefinition> loaded = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:screening/rules/*.sql")) {
                loaded.add(RuleDefinition.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupFailure("SCREENING_RULES_UNREADABLE", "the screening rule definitions cannot be read: "
                    + e.getMessage(), "rebuild the server from an intact source tree", e);
        }
        loaded.sort(Comparator.comparing(rule -> STANDARD_RULES.indexOf(rule.code())));
        List<String> codes = loaded.stream().map(RuleDefinition::code).toList();
        if (!codes.equals(STANDARD_RULES)) {
            throw new StartupFailure("SCREENING_RULES_INCOMPLETE", "the screening rules found are " + codes
                    + ", the standard defines " + STANDARD_RULES, "rebuild the server from an intact source tree");
        }
        this.rules = List.copyOf(loaded);
    }

    List<RuleDefinition> rules() {
        return rules;
    }

    boolean isKnown(String code) {
        return STANDARD_RULES.contains(code);
    }
}
