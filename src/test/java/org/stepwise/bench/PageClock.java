package org.stepwise.bench;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Times taken inside pages, for {@link ProjectorLatency}: every page tells time as
 * {@code performance.timeOrigin + performance.now()} (milliseconds since 1970 on the page's
 * monotonic clock), so a moment seen in one page can be set against a moment seen in another page
 * of the same browser on the same machine; {@link #skew} measures how closely that holds. Text
 * watches ({@code watch-text.js}) note when an element's text changes; {@code websocket-frames.js}
 * notes when push messages arrive.
 */
final class PageClock {

    /** One change of a watched text, at {@code at} (page time, ms), to {@code text} (null: the element went away). */
    record Change(double at, @Nullable String text) {
    }

    /**
     * How far apart two pages' clocks may be: page A's clock read just before and just after page
     * B's, several times; B's reading should fall between A's.
     *
     * @param maxOffsetMillis largest |B − midpoint of A's two readings| seen
     * @param maxWindowMillis largest gap between A's two readings (the uncertainty of one comparison)
     * @param outOfOrder      how many times B's reading fell outside A's two (should be none)
     */
    record Skew(double maxOffsetMillis, double maxWindowMillis, int outOfOrder) {
    }

    static final String WEBSOCKET_FRAMES = script("websocket-frames.js");
    private static final String WATCH = script("watch-text.js");
    private static final String TIMED_CLICK = script("timed-click.js");
    private static final String PUT_PROGRAM = script("put-program.js");
    private static final String NOW = "() => performance.timeOrigin + performance.now()";
    private static final String FIND_CHANGE = """
            ({name, from, equals, differsFrom}) => {
              // a Java null may arrive as undefined
              equals = equals ?? null;
              differsFrom = differsFrom ?? null;
              const changes = window.stepwiseBench.watches[name].changes;
              for (let i = from; i < changes.length; i++) {
                const c = changes[i];
                if (equals !== null ? c.text === equals : c.text !== null && c.text !== differsFrom) {
                  return c;
                }
              }
              return false;
            }""";
    private static final String IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              return !!clients && Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
            }""";
    private static final double TIMEOUT_MILLIS = 20_000;

    private PageClock() {
    }

    /** Starts noting changes of the text of {@code selector} under {@code name}; returns the text now. */
    static @Nullable String watch(Page page, String name, String selector) {
        return (String) page.evaluate(WATCH, Map.of("name", name, "selector", selector));
    }

    /** How many changes the watch has noted so far. */
    static int count(Page page, String name) {
        return ((Number) page.evaluate("name => window.stepwiseBench.watches[name].changes.length", name)).intValue();
    }

    /** The watched text as last noted. */
    static @Nullable String last(Page page, String name) {
        return (String) page.evaluate("name => window.stepwiseBench.watches[name].last", name);
    }

    /** Waits for the first change from the {@code from}-th on whose text is {@code text}. */
    static Change awaitText(Page page, String name, int from, String text) {
        return await(page, name, from, text, null);
    }

    /** Waits for the first change from the {@code from}-th on to a text that is there and is not {@code before}. */
    static Change awaitOtherThan(Page page, String name, int from, @Nullable String before) {
        return await(page, name, from, null, before);
    }

    private static Change await(Page page, String name, int from, @Nullable String equals, @Nullable String differsFrom) {
        Map<String, Object> arg = new HashMap<>();
        arg.put("name", name);
        arg.put("from", from);
        arg.put("equals", equals);
        arg.put("differsFrom", differsFrom);
        JSHandle found = page.waitForFunction(FIND_CHANGE, arg, new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(TIMEOUT_MILLIS));
        Map<?, ?> change = (Map<?, ?>) found.jsonValue();
        found.dispose();
        return new Change(((Number) change.get("t")).doubleValue(), (String) change.get("text"));
    }

    /** Clicks the element by script; returns the page's time just before the click. */
    static double click(Page page, String selector) {
        return ((Number) page.evaluate(TIMED_CLICK, selector)).doubleValue();
    }

    /** The page's time now. */
    static double now(Page page) {
        return ((Number) page.evaluate(NOW)).doubleValue();
    }

    /** When push frames arrived in a page that has {@link #WEBSOCKET_FRAMES} as init script, between two of its times. */
    static List<Double> frames(Page page, double after, double upTo) {
        List<?> all = (List<?>) page.evaluate("([after, upTo]) => window.stepwiseBenchFrames.filter(t => t >= after && t <= upTo)",
                List.of(after, upTo));
        List<Double> times = new ArrayList<>();
        all.forEach(t -> times.add(((Number) t).doubleValue()));
        return times;
    }

    /** Puts a program into the exercise page's workspace and sends it as an edit ({@code put-program.js}). */
    static void putProgram(Page page, String json, int blockCount) {
        page.evaluate(PUT_PROGRAM, Map.of("json", json, "blockCount", blockCount));
    }

    /** Waits until no Vaadin client of the page has a request to the server in flight. */
    static void awaitIdle(Page page) {
        page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setPollingInterval(20).setTimeout(TIMEOUT_MILLIS));
    }

    /**
     * How far the page's clock is from the system's wall clock as the page reads it
     * ({@code Date.now()}, whole milliseconds): the median of 200 differences, in ms. Pages of one
     * machine read the same wall clock, so two pages whose figures differ by d ms have clocks d ms
     * apart (to about a millisecond: Date.now()'s resolution).
     */
    static double offsetFromWallClock(Page page) {
        return ((Number) page.evaluate("""
                () => {
                  const d = [];
                  for (let i = 0; i < 200; i++) {
                    d.push(performance.timeOrigin + performance.now() - Date.now());
                  }
                  d.sort((a, b) => a - b);
                  return d[100];
                }""")).doubleValue();
    }

    /** Reads A, B, A a number of times (see {@link Skew}). */
    static Skew skew(Page a, Page b, int rounds) {
        double maxOffset = 0;
        double maxWindow = 0;
        int outOfOrder = 0;
        for (int i = 0; i < rounds; i++) {
            double a1 = now(a);
            double bt = now(b);
            double a2 = now(a);
            maxOffset = Math.max(maxOffset, Math.abs(bt - (a1 + a2) / 2));
            maxWindow = Math.max(maxWindow, a2 - a1);
            if (bt < a1 || bt > a2) {
                outOfOrder++;
            }
        }
        return new Skew(maxOffset, maxWindow, outOfOrder);
    }

    private static String script(String name) {
        try (InputStream in = Objects.requireNonNull(PageClock.class.getResourceAsStream(name), name + " is missing beside PageClock")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
