package kz.egmis.web;

import static kz.egmis.screening.ScreeningFixture.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.Browser;
import kz.egmis.testing.TestServerInitializer;

/**
 * The workbench in a real browser (Debian's Chromium) against the real server: an auditor signs in, walks the queue,
 * opens a finding, confirms it and sees it on the ledger; a facility manager cannot open another facility's
 * finding; every page reads in Kazakh, Russian and English with no untranslated key. Screenshots of every page, in
 * each language, wide and at phone width, go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestServerInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[^?]+\\?\\?");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser browser;
    private ScreeningFixture world;
    private Bin clinic;
    private Iin patient;
    private String auditorPassword;
    private String managerPassword;

    @BeforeAll
    void a_small_region_with_a_finding_and_two_people() {
        browser = Browser.start();
        world = new ScreeningFixture(port, "workbench");
        clinic = ScreeningFixture.organizationNumber();
        patient = ScreeningFixture.adult();
        world.death(patient, "2026-03-10");
        world.send(ScreeningFixture.claim("wb-1", patient, clinic, ScreeningFixture.adult(), Item.of("AMB001", "2026-03-20")));
        world.run();
        auditorPassword = account("{\"username\":\"wb.auditor\",\"displayName\":\"Айгерим Нурланова\",\"role\":\"AUDITOR\"}");
        managerPassword = account("{\"username\":\"wb.manager\",\"displayName\":\"Manager\",\"role\":\"FACILITY_MANAGER\","
                + "\"organizations\":[\"" + ScreeningFixture.organizationNumber().value() + "\"]}");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_auditor_signs_in_opens_a_finding_confirms_it_and_sees_it_on_the_ledger() {
        try (BrowserContext window = browser.window(1280, "en")) {
            Page page = signIn(window, "wb.auditor", auditorPassword);
            assertThat(page.url()).endsWith("/findings");
            assertThat(page.locator("h1").innerText()).isEqualTo("Findings");
            assertThat(page.locator(".who").innerText()).contains("Айгерим Нурланова", "Auditor", "all facilities");

            page.navigate(url("/findings?rule=DECEASED_SERVICE&organization=" + clinic.value()));
            assertThat(page.locator("table.grid tbody tr").count()).isEqualTo(1);
            page.locator("table.grid tbody tr a").first().click();
            assertThat(page.locator("h1").innerText()).contains("Service after death");
            assertThat(page.locator(".lead").innerText()).contains("20.03.2026", patient.value(), clinic.value());

            page.getByLabel("Confirm: the offence happened").check();
            page.getByLabel("Comment (required)").fill("Checked with the civil registry: died on 10.03.2026.");
            page.getByText("Record the review").click();
            assertThat(page.locator(".notice").innerText()).isEqualTo("The finding is confirmed.");
            assertThat(page.locator("h1 .status").innerText()).isEqualTo("confirmed");
            assertThat(page.locator(".history").innerText()).contains("reviewed", "Айгерим Нурланова",
                    "Checked with the civil registry");
            assertThat(page.locator("main").innerText()).contains("The entry is in the signed log.");
        }
        String findingId = world.findings("DECEASED_SERVICE", patient.value()).get(0).path("id").asString();
        assertThat(world.findings("DECEASED_SERVICE", patient.value()).get(0).path("status").asString()).isEqualTo("confirmed");
        assertThat(jdbc.sql("select count(*) from access_log where resource_id = :id and reader_kind = 'account' "
                + "and reader_name = 'Айгерим Нурланова'").param("id", findingId).query(Long.class).single()).isPositive();
    }

    @Test
    void a_facility_manager_cannot_open_another_facilitys_finding() {
        String findingId = world.findings("DECEASED_SERVICE", patient.value()).get(0).path("id").asString();
        try (BrowserContext window = browser.window(1280, "en")) {
            Page page = signIn(window, "wb.manager", managerPassword);
            assertThat(page.locator("main").innerText()).doesNotContain(clinic.value());
            page.navigate(url("/findings/" + findingId));
            assertThat(page.locator(".problem").innerText()).isEqualTo("There is no such finding within your scope.");
            assertThat(page.locator("main").innerText()).doesNotContain(patient.value());
            page.navigate(url("/findings?organization=" + clinic.value()));
            assertThat(page.locator(".problem").innerText()).isEqualTo("That facility is outside your scope.");
        }
    }

    @Test
    void every_page_reads_in_kazakh_russian_and_english_with_no_untranslated_key() {
        String findingId = world.findings("DECEASED_SERVICE", patient.value()).get(0).path("id").asString();
        List<String> untranslated = new ArrayList<>();
        for (String language : List.of("kk", "ru", "en")) {
            for (int width : new int[] {1280, 390}) {
                try (BrowserContext window = browser.window(width, language)) {
                    Page page = window.newPage();
                    visit(page, "/?lang=" + language, "home", language, width, untranslated);
                    visit(page, "/login", "login", language, width, untranslated);
                    visit(page, "/ledger?index=0", "ledger", language, width, untranslated);
                    signIn(window, "wb.auditor", auditorPassword);
                    visit(page, "/findings", "findings", language, width, untranslated);
                    visit(page, "/findings/" + findingId, "finding", language, width, untranslated);
                    assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void the_language_follows_the_browser_then_the_persons_choice_which_is_kept() {
        try (BrowserContext window = browser.window(1280, "ru")) {
            Page page = window.newPage();
            page.navigate(url("/login"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Вход");
            page.getByText("Қазақша").first().click();
            assertThat(page.locator("h1").innerText()).isEqualTo("Кіру");
            page.navigate(url("/ledger"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Тізілім");
        }
        try (BrowserContext window = browser.window(1280, "de")) {
            Page page = window.newPage();
            page.navigate(url("/login"));
            assertThat(page.locator("h1").innerText()).as("a browser speaking none of the three gets Kazakh").isEqualTo("Кіру");
        }
    }

    private void visit(Page page, String path, String name, String language, int width, List<String> untranslated) {
        page.navigate(url(path));
        String text = page.locator("body").innerText();
        var matcher = UNTRANSLATED.matcher(text);
        while (matcher.find()) {
            untranslated.add(language + " " + path + ": " + matcher.group());
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(name + "-" + language + "-" + (width < 600 ? "phone" : "wide") + ".png")));
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
}
