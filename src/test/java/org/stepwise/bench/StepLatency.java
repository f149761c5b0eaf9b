package org.stepwise.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Timing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * From a Step click to the next block marked as running, measured inside the page: the click is
 * made by script right after {@code performance.now()}, and a {@code MutationObserver} notes the
 * moment a block gains the class {@code blocklyHighlighted} (the server's answer has arrived and
 * been applied). The program is stepped to its end, reset (not timed), and stepped again until
 * enough steps are timed. One untimed pass first warms the server up.
 */
final class StepLatency {

    private static final int TIMEOUT_MILLIS = 10_000;

    /**
     * One timed step.
     *
     * @param serverMillis from the request sent to the first byte of the answer (the server's share,
     *                     loopback adds next to nothing); NaN when the request was not seen
     * @param answerBytes  the answer's body as sent
     */
    record Sample(double millis, double frameMillis, String blockId, double serverMillis, long answerBytes) {
    }

    record Result(List<Sample> warmUp, List<Sample> samples) {

        double percentile(double p) {
            return StepLatency.percentile(samples.stream().mapToDouble(Sample::millis).toArray(), p);
        }

        double framePercentile(double p) {
            return StepLatency.percentile(samples.stream().mapToDouble(Sample::frameMillis).toArray(), p);
        }

        double serverPercentile(double p) {
            return StepLatency.percentile(samples.stream().mapToDouble(Sample::serverMillis).filter(d -> !Double.isNaN(d)).toArray(), p);
        }

        /** How often each block was the one marked. */
        Map<String, Integer> blocks() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            samples.forEach(s -> counts.merge(s.blockId(), 1, Integer::sum));
            return counts;
        }
    }

    private final ExercisePages pages;
    private final String script;
    /** Vaadin's messages to the server that finished during the step being timed. */
    private final List<Request> uidl = new ArrayList<>();

    StepLatency(ExercisePages pages) {
        this.pages = pages;
        try (InputStream in = Objects.requireNonNull(StepLatency.class.getResourceAsStream("step-and-wait-for-highlight.js"),
                "step-and-wait-for-highlight.js is missing beside StepLatency")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result measure(JsonNode program, int steps) {
        Page page = pages.open(program);
        page.onRequestFinished(request -> {
            if (request.method().equals("POST") && request.url().contains("v-r=uidl")) {
                uidl.add(request);
            }
        });
        try {
            List<Sample> warmUp = new ArrayList<>();
            while (!atEnd(page)) {
                warmUp.add(step(page));
            }
            List<Sample> samples = new ArrayList<>();
            while (samples.size() < steps) {
                if (atEnd(page)) {
                    page.locator("#reset").click();
                    page.waitForFunction("() => !document.querySelector('#workspace .blocklyHighlighted')");
                }
                samples.add(step(page));
            }
            return new Result(warmUp, samples);
        } finally {
            ExercisePages.close(page);
        }
    }

    private Sample step(Page page) {
        uidl.clear();
        Map<?, ?> r = (Map<?, ?>) page.evaluate(script, Map.of("timeoutMillis", TIMEOUT_MILLIS));
        double server = Double.NaN;
        long bytes = 0;
        for (Request request : uidl) { // the Step click's message (and any other sent meanwhile)
            Timing timing = request.timing();
            server = Double.isNaN(server) ? timing.responseStart - timing.requestStart : Math.max(server, timing.responseStart - timing.requestStart);
            bytes += Math.max(0, request.sizes().responseBodySize);
        }
        return new Sample(((Number) r.get("millis")).doubleValue(), ((Number) r.get("frameMillis")).doubleValue(), String.valueOf(r.get("blockId")),
                server, bytes);
    }

    private static boolean atEnd(Page page) {
        return page.locator("#step").isDisabled();
    }

    static void print(Result result) {
        System.out.printf(Locale.ROOT, "%nStep click to marked block: %d steps timed after a warm-up pass of %d%n", result.samples().size(),
                result.warmUp().size());
        System.out.printf(Locale.ROOT, "  to the class change: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", result.percentile(50),
                result.percentile(95), result.percentile(100));
        System.out.printf(Locale.ROOT, "  to the next frame:   p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", result.framePercentile(50),
                result.framePercentile(95), result.framePercentile(100));
        System.out.printf(Locale.ROOT, "  of which the server (request sent to first byte back): p50 %.1f ms, p95 %.1f ms, max %.1f ms; answer %.0f bytes on average%n",
                result.serverPercentile(50), result.serverPercentile(95), result.serverPercentile(100),
                result.samples().stream().mapToLong(Sample::answerBytes).average().orElse(0));
        double[] warm = result.warmUp().stream().mapToDouble(Sample::millis).toArray();
        if (warm.length > 0) {
            System.out.printf(Locale.ROOT, "  warm-up pass (server just started): first step %.1f ms, p50 %.1f ms, max %.1f ms%n", warm[0],
                    percentile(warm, 50), percentile(warm, 100));
        }
        System.out.println("  blocks marked: " + result.blocks());
    }

    /** The nearest-rank percentile (p in 0..100). */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
