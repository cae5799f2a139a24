package kz.egmis.web;

import static kz.egmis.screening.ScreeningFixture.JSON;
import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.attachment;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organization;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static kz.egmis.screening.ScreeningFixture.practitioner;
import static kz.egmis.screening.ScreeningFixture.role;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.Browser;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/**
 * The facility, region and outliers pages in Chromium. Six PHC clinics of region 59 in May 2026, ten attached persons
 * each billed one visit (1000-1400 KZT; the padded clinic 5: 3000 KZT), clinic 0 with two attached persons never seen
 * and a service billed after a patient's death. An analyst sees the API's figures; a manager of clinic 0 sees only it.
 */
@EgmisServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsPagesBrowserTest {

    private static final String REGION = "59";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[^?]+\\?\\?");

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsUpdates updates;

    private Browser browser;
    private ScreeningFixture world;
    private final List<Bin> clinics = new ArrayList<>();
    private String analystPassword;
    private String managerPassword;

    @BeforeAll
    void six_clinics_of_one_region_and_two_people() throws InterruptedException {
        browser = Browser.start();
        world = new ScreeningFixture(port, "analytics-pages");
        List<String> resources = new ArrayList<>();
        List<Iin> doctors = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            clinics.add(organizationNumber());
            doctors.add(adult());
            resources.add(organization("pg-" + k, clinics.get(k), "PHC").replace("\"district\":\"71\"",
                    "\"district\":\"" + REGION + "\""));
            resources.add(practitioner("pg-d" + k, doctors.get(k)));
            resources.add(role("pg-r" + k, doctors.get(k), clinics.get(k), "GP", "2020-01-01", null));
        }
        send(resources);
        resources.clear();
        for (int k = 0; k < 6; k++) {
            for (int p = 0; p < 10; p++) {
                Iin person = adult();
                Item item = new Item("PHC001", "2026-05-0" + (1 + p % 5), "1", k == 5 ? 3000 : 1000 + 100 * k, null);
                resources.add(attachment("pg-a" + k + "-" + p, person, clinics.get(k), "2025-01-01", null));
                resources.add(claim("pg-c" + k + "-" + p, person, clinics.get(k), doctors.get(k), item));
            }
        }
        for (int p = 0; p < 2; p++) {
            resources.add(attachment("pg-unseen-" + p, adult(), clinics.get(0), "2025-01-01", null));
        }
        Iin deceased = adult();
        world.death(deceased, "2026-05-02");
        resources.add(claim("pg-dead", deceased, clinics.get(0), doctors.get(0), Item.of("AMB001", "2026-05-20")));
        send(resources);
        world.run();
        analystPassword = account("{\"username\":\"pg.analyst\",\"displayName\":\"Дана Серікқызы\",\"role\":\"ANALYST\"}");
        managerPassword = account("{\"username\":\"pg.manager\",\"displayName\":\"Clinic manager\","
                + "\"role\":\"FACILITY_MANAGER\",\"organizations\":[\"" + clinics.get(0).value() + "\"]}");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_analyst_sees_a_facilitys_months_peers_and_never_seen_persons_as_the_api_gives_them() {
        JsonNode api = api("/api/analytics/facilities/" + clinics.get(0).value());
        JsonNode may = month(api.path("months"), "2026-05");
        try (BrowserContext window = browser.window(1280, "en")) {
            Page page = signIn(window, "pg.analyst", analystPassword);
            page.navigate(url("/facilities/" + clinics.get(0).value()));
            assertThat(page.locator("h1").innerText()).isEqualTo("Facility pg-0");
            assertThat(page.locator("#attached-not-seen").innerText())
                    .isEqualTo(Long.toString(lastMonth(api).path("attachedNotSeen24m").asLong())).isEqualTo("2");
            String row = page.locator("table.months tbody tr", new Page.LocatorOptions().setHasText("05.2026")).innerText();
            assertThat(row).contains("\t" + may.path("claims").asLong() + "\t", money(may.path("amountKzt").path("GOBMP")),
                    money(may.path("atRiskKzt")));
            assertThat(may.path("claims").asLong()).isEqualTo(11);
            String metric = page.locator("tr[data-metric=kzt_per_attached]").innerText();
            JsonNode kztPerAttached = latestMetric(api, "kzt_per_attached");
            assertThat(metric).contains(decimal(kztPerAttached.path("value")), decimal(kztPerAttached.path("peerMedian")));
            assertThat(page.locator("tr[data-rule=DECEASED_SERVICE]").innerText()).contains("Service after death", "\t1\t");
            assertThat(page.locator(".chart svg").count()).as("ECharts drew the monthly chart").isEqualTo(1);

            // the page shows each metric's latest month; other tests' data share this database, so the latest month
            // may be later than this region's May: the page must say what the API says for it
            JsonNode padded = latestMetric(api("/api/analytics/facilities/" + clinics.get(5).value()), "kzt_per_attached");
            page.navigate(url("/facilities/" + clinics.get(5).value()));
            String paddedRow = page.locator("tr[data-metric=kzt_per_attached]").innerText();
            assertThat(paddedRow).contains(decimal(padded.path("value")));
            assertThat(paddedRow.contains("outlier")).isEqualTo(padded.path("outlier").asBoolean());
        }
    }

    @Test
    void the_region_ranks_its_facilities_by_kzt_at_risk_and_links_to_them() {
        JsonNode api = api("/api/analytics/regions/" + REGION);
        BigDecimal atRisk = BigDecimal.ZERO;
        for (JsonNode month : api.path("months")) {
            atRisk = atRisk.add(month.path("atRiskKzt").decimalValue());
        }
        try (BrowserContext window = browser.window(1280, "en")) {
            Page page = signIn(window, "pg.analyst", analystPassword);
            page.navigate(url("/regions"));
            page.getByText("North Kazakhstan Region").click();
            assertThat(page.locator("h1").innerText()).isEqualTo("North Kazakhstan Region");
            assertThat(page.locator("#region-at-risk").innerText()).isEqualTo(Formatted.money(atRisk));
            assertThat(atRisk).isPositive();
            assertThat(page.locator("table.ranking tbody tr").count()).isEqualTo(api.path("facilitiesTotal").asInt());
            assertThat(page.locator("table.ranking tbody tr").first().getAttribute("data-bin"))
                    .isEqualTo(api.path("facilities").get(0).path("bin").asString()).isEqualTo(clinics.get(0).value());
            page.locator("table.ranking tbody tr a").first().click();
            assertThat(page.locator("h1").innerText()).isEqualTo("Facility pg-0");
        }
    }

    @Test
    void the_outliers_page_ranks_the_padded_clinic_first_and_links_to_the_evidence() {
        JsonNode api = api("/api/analytics/outliers?level=facility&metric=kzt_per_attached&region=" + REGION
                + "&month=2026-05");
        try (BrowserContext window = browser.window(1280, "en")) {
            Page page = signIn(window, "pg.analyst", analystPassword);
            page.navigate(url("/outliers?level=facility&metric=kzt_per_attached&region=" + REGION + "&month=2026-05"));
            var rows = page.locator("table.outliers tbody tr");
            assertThat(rows.count()).isEqualTo(api.path("items").size()).isEqualTo(6);
            assertThat(rows.first().getAttribute("data-key")).isEqualTo(clinics.get(5).value());
            assertThat(rows.first().innerText()).contains(decimal(api.path("items").get(0).path("robustZ")), "outlier");
            rows.first().getByText("facility page").click();
            assertThat(page.locator("h1").innerText()).isEqualTo("Facility pg-5");

            page.navigate(url("/outliers?level=practitioner&metric=minutes_per_practitioner_day&region=" + REGION
                    + "&month=2026-05"));
            assertThat(page.locator("table.outliers tbody tr").count()).isEqualTo(6);
            assertThat(page.locator("table.outliers tbody tr").first().innerText())
                    .contains("General practitioner / internist", "same specialty, same region");
            assertThat(page.locator("table.outliers a", new Page.LocatorOptions().setHasText("days of the month"))
                    .first().getAttribute("href")).startsWith("/api/analytics/practitioners/").endsWith("/days?month=2026-05");
        }
    }

    @Test
    void a_facility_manager_sees_its_own_facility_only() {
        try (BrowserContext window = browser.window(1280, "en")) {
            Page page = signIn(window, "pg.manager", managerPassword);
            assertThat(page.locator("nav.menu").innerText()).contains("My facility", "Regions").doesNotContain("Outliers");
            page.getByText("My facility").click();
            assertThat(page.locator("h1").innerText()).isEqualTo("Facility pg-0");

            page.navigate(url("/facilities/" + clinics.get(5).value()));
            assertThat(page.locator(".problem").innerText())
                    .isEqualTo("This facility is not in your scope: you may open your own facilities only.");
            assertThat(page.locator("main").innerText()).doesNotContain("Facility pg-5").doesNotContain("₸");

            page.navigate(url("/regions/" + REGION));
            assertThat(page.locator("table.ranking tbody tr").count()).isEqualTo(1);
            assertThat(page.locator("table.ranking tbody tr").first().getAttribute("data-bin")).isEqualTo(clinics.get(0).value());
            assertThat(page.navigate(url("/outliers")).status()).isEqualTo(403);
        }
    }

    @Test
    void every_analytics_page_reads_in_kazakh_russian_and_english_with_no_untranslated_key() {
        List<String> untranslated = new ArrayList<>();
        for (String language : List.of("kk", "ru", "en")) {
            for (int width : new int[] {1280, 390}) {
                try (BrowserContext window = browser.window(width, language)) {
                    Page page = signIn(window, "pg.analyst", analystPassword);
                    visit(page, "/facilities/" + clinics.get(0).value(), "facility", language, width, untranslated);
                    visit(page, "/regions", "regions", language, width, untranslated);
                    visit(page, "/regions/" + REGION, "region", language, width, untranslated);
                    visit(page, "/outliers?metric=kzt_per_attached&region=" + REGION + "&month=2026-05", "outliers",
                            language, width, untranslated);
                    visit(page, "/outliers?level=practitioner&region=" + REGION + "&month=2026-05",
                            "outliers-practitioners", language, width, untranslated);
                    assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
                }
                try (BrowserContext window = browser.window(width, language)) {
                    Page page = signIn(window, "pg.manager", managerPassword);
                    visit(page, "/facilities/" + clinics.get(5).value(), "facility-out-of-scope", language, width,
                            untranslated);
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    private void send(List<String> resources) throws InterruptedException {
        world.send(resources.toArray(String[]::new));
        assertThat(updates.awaitCurrent(Duration.ofSeconds(60))).isTrue();
    }

    private JsonNode api(String path) {
        var response = world.administrator().get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode month(JsonNode months, String month) {
        for (JsonNode candidate : months) {
            if (candidate.path("month").asString().equals(month)) {
                return candidate;
            }
        }
        throw new AssertionError("no month " + month + " in " + months);
    }

    private static JsonNode lastMonth(JsonNode facility) {
        JsonNode months = facility.path("months");
        return months.get(months.size() - 1);
    }

    private static JsonNode latestMetric(JsonNode facility, String metric) {
        JsonNode latest = null;
        for (JsonNode figure : facility.path("metrics")) {
            if (figure.path("metric").asString().equals(metric)) {
                latest = figure;
            }
        }
        assertThat(latest).as(metric).isNotNull();
        return latest;
    }

    private static String money(JsonNode amount) {
        return Formatted.money(amount.decimalValue());
    }

    private static String decimal(JsonNode value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value.asDouble()).replace('.', ',').replace(",00", "");
    }

    private void visit(Page page, String path, String name, String language, int width, List<String> untranslated) {
        page.navigate(url(path));
        var matcher = UNTRANSLATED.matcher(page.locator("body").innerText());
        while (matcher.find()) {
            untranslated.add(language + " " + path + ": " + matcher.group());
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(name + "-" + language + "-" + (width < 600 ? "phone" : "wide") + ".png")));
        Object tooWide = page.evaluate("width => [...document.querySelectorAll('body *')].filter(e =>"
                + " e.getBoundingClientRect().right > width && !e.closest('.table-wrap')).map(e => e.tagName + '.'"
                + " + e.className).slice(0, 3).join(' ')", width);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("%s %s fits %d px: %s", path,
                language, width, tooWide).isLessThanOrEqualTo(width);
    }

    private Page signIn(BrowserContext window, String username, String password) {
        Page page = window.pages().isEmpty() ? window.newPage() : window.pages().get(0);
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form.form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String account(String request) {
        var created = world.administrator().post("/api/admin/users", "application/json", request);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("password").asString();
    }

    /** Money as the pages write it, independently of the server's code: {@code 1 234 567 ₸}. */
    private static final class Formatted {
        static String money(BigDecimal amount) {
            String digits = amount.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
            return digits.replaceAll("\\B(?=(\\d{3})+$)", " ") + " ₸";
        }
    }
}
