package kz.egmis.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright for Java, with no browser downloaded. Without
 * {@code /usr/bin/chromium} a browser test is skipped on a laptop and fails under {@code CI=true}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
    }

    public static Browser start() {
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": apt-get install chromium (CI installs it)");
        }
        return new Browser();
    }

    /** A fresh browser window of this width (cookies of its own), speaking {@code language} first. */
    public com.microsoft.playwright.BrowserContext window(int width, String language) {
        return chromium.newContext(new NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900)
                .setLocale(language).setExtraHTTPHeaders(Map.of("Accept-Language", language)));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
