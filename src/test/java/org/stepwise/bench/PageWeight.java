package org.stepwise.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Sizes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * What a fresh browser (empty cache) downloads to open a lesson page directly, and then to go on
 * from there to one of its exercises, response by response: the bytes on the wire (body as sent,
 * compressed or not, plus headers), the body's own size, and its size gzipped at the default level
 * (what a gzip-compressing server would send; no more than the body itself). Also which responses hold Blockly's code.
 */
final class PageWeight {

    /**
     * Strings only Blockly's own code contains: the class of a workspace's background and the name
     * of the method that marks a running block. Either in a response means Blockly came with it.
     */
    static final List<String> BLOCKLY_MARKERS = List.of("blocklyMainBackground", "highlightBlock");

    /** Quiet time on the network after which a page counts as loaded. */
    private static final int QUIET_MILLIS = 1_500;

    /** One response. {@code wireBytes} is what crossed the network: headers and the body as sent. */
    record Transfer(String path, String contentType, String encoding, long wireBytes, long bodyBytes, long gzipBytes, boolean blockly) {
    }

    record Load(List<Transfer> transfers) {

        long wireBytes() {
            return transfers.stream().mapToLong(Transfer::wireBytes).sum();
        }

        long gzipBytes() {
            return transfers.stream().mapToLong(Transfer::gzipBytes).sum();
        }

        long bodyBytes() {
            return transfers.stream().mapToLong(Transfer::bodyBytes).sum();
        }

        List<Transfer> withBlockly() {
            return transfers.stream().filter(Transfer::blockly).toList();
        }
    }

    record Result(Load lessonPage, Load toExercise) {
    }

    private final Browser browser;
    private final String base;

    PageWeight(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Opens {@code lessons/<lesson>} in a new context, then clicks the link to the exercise. */
    Result measure(String lesson, String exercise) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("en-GB"))) {
            List<Request> finished = new ArrayList<>();
            AtomicInteger inFlight = new AtomicInteger();
            AtomicLong lastEvent = new AtomicLong(System.nanoTime());
            context.onRequest(r -> {
                inFlight.incrementAndGet();
                lastEvent.set(System.nanoTime());
            });
            context.onRequestFinished(r -> {
                finished.add(r);
                inFlight.decrementAndGet();
                lastEvent.set(System.nanoTime());
            });
            context.onRequestFailed(r -> {
                inFlight.decrementAndGet();
                lastEvent.set(System.nanoTime());
            });
            Page page = context.newPage();

            page.navigate(base + "lessons/" + lesson);
            page.locator("#section-problem").waitFor();
            awaitQuiet(page, inFlight, lastEvent);
            Load lessonPage = load(new ArrayList<>(finished));

            finished.clear();
            page.locator("#exercise-" + exercise).click();
            page.locator("#workspace svg.blocklyFlyout .blocklyBlockCanvas > *").first().waitFor();
            awaitQuiet(page, inFlight, lastEvent);
            Load toExercise = load(new ArrayList<>(finished));
            return new Result(lessonPage, toExercise);
        }
    }

    private static void awaitQuiet(Page page, AtomicInteger inFlight, AtomicLong lastEvent) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            page.waitForTimeout(100); // lets Playwright deliver the network events
            if (inFlight.get() <= 0 && System.nanoTime() - lastEvent.get() > QUIET_MILLIS * 1_000_000L) {
                return;
            }
        }
        throw new IllegalStateException("the page kept loading for a minute");
    }

    private Load load(List<Request> requests) {
        List<Transfer> transfers = new ArrayList<>();
        for (Request request : requests) {
            Response response = request.response();
            if (response == null || request.url().startsWith("data:")) {
                continue;
            }
            Sizes sizes = request.sizes();
            byte[] body;
            try {
                body = response.body();
            } catch (PlaywrightException e) {
                body = new byte[0]; // a redirect or a body the browser no longer holds
            }
            String text = new String(body, StandardCharsets.ISO_8859_1);
            boolean blockly = BLOCKLY_MARKERS.stream().anyMatch(text::contains);
            String contentType = String.valueOf(response.headerValue("content-type")).split(";")[0];
            String encoding = response.headerValue("content-encoding") == null ? "-" : response.headerValue("content-encoding");
            long wire = Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
            // a server gzips text; images and fonts that are compressed already go as they are
            transfers.add(new Transfer(path(request), contentType, encoding, wire, body.length, Math.min(body.length, gzipped(body)), blockly));
        }
        return new Load(transfers);
    }

    private String path(Request request) {
        URI uri = URI.create(request.url());
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return (request.method().equals("GET") ? "" : request.method() + " ") + path;
    }

    private static long gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    static void print(String title, Load load) {
        System.out.printf(Locale.ROOT, "%n%s: %d responses%n", title, load.transfers().size());
        System.out.printf(Locale.ROOT, "  %9s %9s %9s  %-6s %-24s %s%n", "wire B", "body B", "gzip B", "enc", "type", "path");
        for (Transfer t : load.transfers()) {
            String path = t.path().length() > 90 ? t.path().substring(0, 87) + "..." : t.path();
            System.out.printf(Locale.ROOT, "  %9d %9d %9d  %-6s %-24s %s%s%n", t.wireBytes(), t.bodyBytes(), t.gzipBytes(), t.encoding(),
                    t.contentType(), path, t.blockly() ? "   [Blockly]" : "");
        }
        System.out.printf(Locale.ROOT, "  %9d %9d %9d  total (%.1f KB on the wire, %.1f KB if every body were gzipped)%n", load.wireBytes(),
                load.bodyBytes(), load.gzipBytes(), load.wireBytes() / 1024.0, load.gzipBytes() / 1024.0);
    }
}
