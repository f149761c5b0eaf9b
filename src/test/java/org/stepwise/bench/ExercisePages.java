package org.stepwise.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens an exercise as an anonymous student, in a browser context of its own (its own cookies,
 * so its own server session), with or without a program waiting in {@code localStorage} the way
 * the workspace keeps one ({@code org.stepwise.blockly.LocalBackup}): the exercise view restores
 * it as it opens, exactly as after a reload.
 */
final class ExercisePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Browser browser;
    private final String base;
    private final String lesson;
    private final String exercise;

    ExercisePages(Browser browser, String base, String lesson, String exercise) {
        this.browser = browser;
        this.base = base;
        this.lesson = lesson;
        this.exercise = exercise;
    }

    /**
     * A new context with one page on the exercise, loaded: the flyout drawn and, when a program
     * is given, its blocks on the workspace.
     *
     * @param program Blockly's JSON of the program to restore, or null for the exercise's start
     */
    Page open(@Nullable JsonNode program) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("en-GB"));
        context.setDefaultTimeout(60_000);
        if (program != null) {
            ObjectNode backup = JSON.createObjectNode().put("format", 1).put("savedAt", System.currentTimeMillis());
            backup.set("workspace", program);
            String key = "stepwise:" + lesson + "/" + exercise;
            context.addInitScript("localStorage.setItem(" + JSON.writeValueAsString(key) + ", "
                    + JSON.writeValueAsString(JSON.writeValueAsString(backup)) + ");");
        }
        Page page = context.newPage();
        page.navigate(base + "lessons/" + lesson + "/" + exercise);
        page.locator("#workspace svg.blocklyFlyout .blocklyBlockCanvas > *").first().waitFor();
        if (program != null) {
            String firstType = program.path("blocks").path("blocks").path(0).path("type").asString();
            page.locator("#workspace svg.blocklySvg .blocklyBlockCanvas ." + firstType).first().waitFor();
        }
        return page;
    }

    /** Clicks Step {@code count} times, each time waiting until the position says it is done. */
    static void step(Page page, int count) {
        for (int i = 1; i <= count; i++) {
            page.locator("#step").click();
            assertThat(page.locator("#position")).hasText(Pattern.compile("^Step " + i + " of "));
        }
    }

    /** Closes the page's context (cookies, storage and all). */
    static void close(Page page) {
        page.context().close();
    }
}
