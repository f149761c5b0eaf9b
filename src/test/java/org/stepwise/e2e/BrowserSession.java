package org.stepwise.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A headless Chromium driven by Playwright. Uses the system's Chromium ({@code STEPWISE_CHROMIUM},
 * else {@code /usr/bin/chromium} or {@code /usr/bin/chromium-browser}) so nothing is downloaded;
 * with none installed, Playwright falls back to a browser of its own if it can fetch one.
 * Records every request the page makes, so tests can prove the app talks only to itself.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    private final Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public BrowserSession(int width, int height) {
        // a busy CI machine (2 cores, a server and a browser) can take longer than Playwright's 5 s
        // for a round trip; an assertion that is wrong still fails, only later
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = createPlaywright();
        browser = launchChromium(playwright);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        context.onRequest(request -> requests.add(request.url()));
        page = context.newPage();
    }

    /** Playwright set up not to download a browser when the system has a Chromium. */
    public static Playwright createPlaywright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(systemChromium() != null ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
    }

    /** Headless Chromium (the system's when there is one) that contacts nothing by itself. */
    public static Browser launchChromium(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"));
        Path chromium = systemChromium();
        if (chromium != null) {
            options.setExecutablePath(chromium);
        }
        return playwright.chromium().launch(options);
    }

    public Page page() {
        return page;
    }

    /** Another tab of the same browser: it shares the cookies, so the same person is signed in. */
    public Page newPage() {
        return context.newPage();
    }

    /** Every request URL whose origin is not {@code base}'s (data: and blob: URLs are local and allowed). */
    public List<String> requestsOutside(String base) {
        URI origin = URI.create(base);
        return requests.stream()
                .filter(url -> !url.startsWith("data:") && !url.startsWith("blob:"))
                .filter(url -> {
                    URI u = URI.create(url);
                    return !(origin.getScheme().equals(u.getScheme()) && origin.getHost().equals(u.getHost()) && origin.getPort() == u.getPort());
                })
                .toList();
    }

    public int requestCount() {
        return requests.size();
    }

    public Path screenshot(String name) {
        return screenshot(page, name);
    }

    /** A full-page screenshot of this tab, to {@code target/screenshots/<name>.png}. */
    public Path screenshot(Page tab, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        tab.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private static Path systemChromium() {
        String configured = System.getenv("STEPWISE_CHROMIUM");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @Override
    public void close() {
        context.close();
        browser.close();
        playwright.close();
    }
}
