package kz.egmis.web.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.egmis.analytics.AnalyticsQueries;
import kz.egmis.analytics.AnalyticsQueries.Refused;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.Region;
import kz.egmis.security.Caller;
import kz.egmis.web.internal.AnalyticsViews.FacilityPage;
import kz.egmis.web.internal.AnalyticsViews.OutlierPage;
import kz.egmis.web.internal.AnalyticsViews.RegionPage;

/** The pages that show analytics: a facility, a region, the outliers. Figures come from analytics' API. */
@Controller
class AnalyticsPagesController {

    static final List<String> METRICS = List.of("kzt_per_attached", "services_per_patient",
            "minutes_per_practitioner_day", "patients_per_practitioner_day", "share_unattached_phc",
            "attached_not_seen_share");
    private static final List<String> PRACTITIONER_METRICS = List.of("minutes_per_practitioner_day",
            "patients_per_practitioner_day");
    private static final int RANKING_SIZE = 100;
    private static final int OUTLIERS_LIMIT = 100;

    private final AnalyticsQueries analytics;
    private final ReferenceCatalog catalog;

    AnalyticsPagesController(AnalyticsQueries analytics, ReferenceCatalog catalog) {
        this.analytics = analytics;
        this.catalog = catalog;
    }

    @GetMapping("/facilities/{bin}")
    String facility(@PathVariable String bin, HttpServletRequest request, Model model, Locale locale) {
        model.addAttribute("bin", bin);
        try {
            FacilityPage page = FacilityPage.of(analytics.facility(Caller.of(request), bin));
            model.addAttribute("facility", page);
            model.addAttribute("regionName", regionName(page.region(), locale));
        } catch (Refused refused) {
            model.addAttribute("problem", refused.code());
        }
        return "facility";
    }

    @GetMapping("/regions")
    String regions(Model model, Locale locale) {
        model.addAttribute("regions", catalog.regions().stream()
                .map(known -> new RegionChoice(known.code(), name(known, locale))).toList());
        return "regions";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, HttpServletRequest request, Model model, Locale locale) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("region", RegionPage.of(analytics.region(Caller.of(request), code, RANKING_SIZE)));
            model.addAttribute("regionName", regionName(code, locale));
        } catch (Refused refused) {
            model.addAttribute("problem", refused.code());
        }
        return "region";
    }

    @GetMapping("/outliers")
    String outliers(@RequestParam(defaultValue = "facility") String level,
                    @RequestParam(required = false) String metric, @RequestParam(required = false) String region,
                    @RequestParam(required = false) String month, HttpServletRequest request, Model model,
                    Locale locale) {
        boolean practitioners = "practitioner".equals(level);
        String chosen = metric == null || metric.isBlank()
                ? (practitioners ? PRACTITIONER_METRICS.get(0) : METRICS.get(0)) : metric;
        model.addAttribute("level", level);
        model.addAttribute("metric", chosen);
        model.addAttribute("regionCode", blank(region));
        model.addAttribute("month", blank(month));
        model.addAttribute("metrics", practitioners ? PRACTITIONER_METRICS : METRICS);
        model.addAttribute("regions", catalog.regions().stream()
                .map(known -> new RegionChoice(known.code(), name(known, locale))).toList());
        try {
            model.addAttribute("list", OutlierPage.of(analytics.outliers(Caller.of(request), level, chosen,
                    blank(region), blank(month), OUTLIERS_LIMIT), code -> specialtyName(code, locale)));
        } catch (Refused refused) {
            model.addAttribute("problem", refused.code());
        }
        return "outliers";
    }

    /** A region of the outliers filter. */
    public record RegionChoice(String code, String name) {
    }

    private String regionName(String code, Locale locale) {
        return code == null ? "" : catalog.region(code).map(region -> name(region, locale)).orElse(code);
    }

    /** The catalog's specialty name; the bundled catalog has no Kazakh names yet, so Kazakh pages show the Russian. */
    private String specialtyName(String code, Locale locale) {
        return catalog.specialty(code).map(specialty -> "en".equals(locale.getLanguage()) ? specialty.nameEn()
                : specialty.nameRu()).orElse(code);
    }

    static String name(Region region, Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> region.nameRu();
            case "en" -> region.nameEn();
            default -> region.nameKk();
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
