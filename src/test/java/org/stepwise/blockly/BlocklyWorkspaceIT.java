package org.stepwise.blockly;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.e2e.BrowserSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Blockly workspace in real headless Chromium, on the test page {@code /test/blockly}
 * ({@link BlocklyTestView}): blocks to choose from, editing by mouse and by keyboard, the program
 * reaching the server, highlighting, the local backup, Spanish, and no request leaving the app.
 * Screenshots: {@code target/screenshots/blockly-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BlocklyWorkspaceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The flyout of blocks to choose from (the trashcan has a flyout too). */
    private static final String FLYOUT = "svg.blocklyFlyout:not(.blocklyTrashcanFlyout)";

    @LocalServerPort
    int port;
    @Autowired
    BlocklyTestViews views;

    private BrowserSession browser;
    private Page page;
    private String base;
    /** Responses the app could not serve, and Blockly media it served. */
    private final List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> media = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        base = "http://localhost:" + port + "/";
        browser = new BrowserSession(1280, 1500);
        page = browser.page();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            } else if (response.url().contains("/assets/blockly/media/")) {
                media.add(response.url().substring(response.url().lastIndexOf('/') + 1));
            }
        });
    }

    @AfterEach
    void close() {
        assertThat(browser.requestsOutside(base)).as("requests to other hosts").isEmpty();
        assertThat(failed).as("requests the app could not serve").isEmpty();
        browser.close();
    }

    @Test
    void a_block_dragged_from_the_flyout_reaches_the_server_and_can_be_highlighted() {
        page.navigate(base + "test/blockly");

        Locator flyout = flyoutBlocks("#workspace");
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("turn the wheel to the next day"))).hasCount(1);
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("answer with the day the wheel shows"))).hasCount(1);
        assertThat(page.locator("#workspace .blocklyFlyoutButton")).hasText("Create variable...");
        assertThat(media).as("Blockly's media, served by the app").contains("sprites.png");
        browser.screenshot("blockly-toolbox");

        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 60);

        String program = awaitProgram(json -> types(json).contains("calendar_next_day"));
        assertThat(types(program)).containsExactly("calendar_next_day");
        assertThat(page.locator("#received")).containsText("calendar_next_day");
        assertThat(page.locator("#count")).hasText("1");
        assertThat(workspaceBlocks("#workspace")).hasCount(1);

        String blockId = JSON.readTree(program).path("blocks").path("blocks").get(0).path("id").asString();
        views.access(view -> view.workspace.highlight(blockId));
        Locator block = page.locator("#workspace svg.blocklySvg [data-id='" + blockId + "']");
        assertThat(block).hasClass(java.util.regex.Pattern.compile("\\bblocklyHighlighted\\b"));
        browser.screenshot("blockly-highlight");

        views.access(view -> view.workspace.highlight(null));
        assertThat(page.locator("#workspace .blocklyHighlighted")).hasCount(0);

        block.click(new Locator.ClickOptions().setButton(com.microsoft.playwright.options.MouseButton.RIGHT).setPosition(12, 12));
        Locator menu = page.locator(".blocklyWidgetDiv .blocklyMenuItem");
        assertThat(menu.filter(new Locator.FilterOptions().setHasText("Duplicate"))).hasCount(1);
        assertThat(menu.filter(new Locator.FilterOptions().setHasText("Help"))).hasCount(0); // Blockly's help pages are on other sites
        browser.screenshot("blockly-context-menu");
        page.keyboard().press("Escape");
    }

    @Test
    void an_edit_is_sent_after_a_pause_and_at_once_when_the_student_presses_elsewhere_or_the_page_is_hidden() {
        page.navigate(base + "test/blockly");
        assertThat(flyoutBlocks("#workspace").first()).isVisible();
        page.evaluate("() => { window.sent = []; document.querySelector('#workspace')"
                + ".addEventListener('stepwise-workspace-change', () => window.sent.push(performance.now()));"
                + " document.addEventListener('pointerup', () => window.dropped = performance.now(), true); }");

        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 60);
        page.waitForTimeout(2000);
        List<?> sent = (List<?>) page.evaluate("window.sent");
        assertThat(sent).hasSize(1);
        double dropped = ((Number) page.evaluate("window.dropped")).doubleValue();
        assertThat(((Number) sent.getFirst()).doubleValue() - dropped).as("ms from the drop to the event").isBetween(650.0, 1500.0);

        dragIntoWorkspace("#workspace", "calendar_answer", 320, 200);
        page.locator("#count").click();
        double pressed = ((Number) page.evaluate("performance.now()")).doubleValue();
        sent = (List<?>) page.evaluate("window.sent");
        assertThat(sent).as("sent when the student pressed outside the workspace, not 700 ms later").hasSize(2);
        assertThat(((Number) sent.get(1)).doubleValue()).isLessThanOrEqualTo(pressed);
        assertThat(types(awaitProgram(json -> types(json).size() == 2))).containsExactlyInAnyOrder("calendar_next_day", "calendar_answer");

        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 300);
        page.waitForTimeout(100);
        page.evaluate("() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + " document.dispatchEvent(new Event('visibilitychange')); delete document.visibilityState; }");
        assertThat((List<?>) page.evaluate("window.sent")).as("sent when the page is hidden").hasSize(3);
        assertThat(types(awaitProgram(json -> types(json).size() == 3))).hasSize(3);

        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 400);
        page.waitForTimeout(100);
        page.evaluate("() => window.dispatchEvent(new PageTransitionEvent('pagehide'))");
        // sent at once; whether the server still hears it depends on the browser finishing the request
        // while the page goes away (Flow closes the UI then), which is what the local backup is for
        assertThat((List<?>) page.evaluate("window.sent")).as("sent when the page goes away").hasSize(4);
    }

    @Test
    void creating_a_variable_offers_its_blocks_in_the_flyout() {
        page.onDialog(dialog -> dialog.accept("days"));
        page.navigate(base + "test/blockly");
        Locator variableBlocks = page.locator("#workspace " + FLYOUT + " .blocklyBlockCanvas > :is(.variables_get, .variables_set)");
        assertThat(variableBlocks).hasCount(0);

        page.locator("#workspace .blocklyFlyoutButton").click();

        assertThat(variableBlocks).hasCount(2);
        assertThat(variableBlocks.first()).containsText("days");
        dragIntoWorkspace("#workspace", "variables_set", 320, 60);
        String program = awaitProgram(json -> types(json).contains("variables_set"));
        assertThat(JSON.readTree(program).path("variables").get(0).path("name").asString()).isEqualTo("days");
        browser.screenshot("blockly-variable");
    }

    @Test
    void a_defined_procedure_is_offered_as_a_call_block() {
        page.navigate(base + "test/blockly?procedures");
        Locator calls = page.locator("#workspace " + FLYOUT + " .blocklyBlockCanvas > .procedures_callnoreturn");
        assertThat(flyoutBlocks("#workspace").first()).isVisible();
        assertThat(calls).hasCount(0);

        dragIntoWorkspace("#workspace", "procedures_defnoreturn", 320, 60);

        assertThat(calls).hasCount(1);
        assertThat(calls).hasText("do something");
        dragIntoWorkspace("#workspace", "procedures_callnoreturn", 320, 260);
        String program = awaitProgram(json -> types(json).contains("procedures_callnoreturn"));
        assertThat(types(program)).containsExactlyInAnyOrder("procedures_defnoreturn", "procedures_callnoreturn");
        browser.screenshot("blockly-procedure");
    }

    @Test
    void a_reload_restores_the_program_from_the_browsers_local_backup() throws Exception {
        page.navigate(base + "test/blockly?key=stepwise.test.restore");
        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 60);
        dragIntoWorkspace("#workspace", "calendar_answer", 320, 200);
        awaitProgram(json -> types(json).containsAll(List.of("calendar_next_day", "calendar_answer")));

        JsonNode stored = JSON.readTree((String) page.evaluate("localStorage.getItem('stepwise.test.restore')"));
        assertThat(stored.path("format").asInt()).isEqualTo(LocalBackup.FORMAT);
        assertThat(Instant.ofEpochMilli(stored.path("savedAt").asLong())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        assertThat(types(stored.path("workspace").toString())).containsExactlyInAnyOrder("calendar_next_day", "calendar_answer");

        page.reload();

        assertThat(page.locator("#restored")).not().isEmpty();
        assertThat(workspaceBlocks("#workspace")).hasCount(2);
        assertThat(page.locator("#count")).hasText("2");
        browser.screenshot("blockly-restored");
    }

    @Test
    void spanish_shows_spanish_block_texts_and_menus() {
        page.navigate(base + "test/blockly?lang=es");

        Locator flyout = flyoutBlocks("#workspace");
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("gira la rueda al día siguiente"))).hasCount(1);
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("la rueda marca"))).hasCount(1);
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("repetir"))).hasCount(1);
        assertThat(page.locator("#workspace .blocklyFlyoutButton")).containsText("Crear variable");
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("turn the wheel"))).hasCount(0);
        browser.screenshot("blockly-spanish");

        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 60);
        String program = awaitProgram(json -> types(json).contains("calendar_next_day"));
        views.access(view -> view.workspace.setLanguage(Locale.ENGLISH));
        assertThat(workspaceBlocks("#workspace")).hasText("turn the wheel to the next day");
        assertThat(flyout.filter(new Locator.FilterOptions().setHasText("turn the wheel to the next day"))).hasCount(1);
        page.waitForTimeout(1000);
        assertThat(views.received()).as("a change of language is not an edit").containsExactly(program);
    }

    @Test
    void the_keyboard_alone_places_a_block_and_shows_the_help() {
        page.navigate(base + "test/blockly");
        assertThat(flyoutBlocks("#workspace").first()).isVisible();

        tabInto("#workspace");
        press("t");
        press("ArrowDown"); // the repeat block is first; the number 0 is next
        press("Enter");     // take it: it starts moving in the program
        press("Enter");     // put it down
        browser.screenshot("blockly-keyboard");

        String program = awaitProgram(json -> !types(json).isEmpty());
        assertThat(types(program)).containsExactly("math_number");

        press("/");
        Locator help = page.locator("#workspace dialog.stepwise-blockly-help");
        assertThat(help).isVisible();
        assertThat(help).containsText("Using the keyboard");
        assertThat(help).containsText("Open the blocks to choose from");
        browser.screenshot("blockly-keyboard-help");
        page.keyboard().press("Escape");
        assertThat(help).hasCount(0);
    }

    @Test
    void a_block_limit_greys_out_the_flyout_and_read_only_refuses_new_blocks() {
        page.navigate(base + "test/blockly?limit=1");
        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 60);
        assertThat(page.locator("#count")).hasText("1");

        dragIntoWorkspace("#workspace", "calendar_answer", 320, 200);
        page.waitForTimeout(300);
        assertThat(workspaceBlocks("#workspace")).hasCount(1);
        browser.screenshot("blockly-limit");

        views.access(view -> {
            view.workspace.setBlockLimit(null);
            view.workspace.setEditable(false);
        });
        assertThat(page.locator("#workspace")).hasAttribute("readonly", "");
        dragIntoWorkspace("#workspace", "calendar_answer", 320, 200);
        page.waitForTimeout(300);
        assertThat(workspaceBlocks("#workspace")).hasCount(1);
        browser.screenshot("blockly-read-only");

        views.access(view -> view.workspace.setEditable(true));
        assertThat(page.locator("#workspace")).not().hasAttribute("readonly", "");
        dragIntoWorkspace("#workspace", "calendar_answer", 320, 200);
        assertThat(workspaceBlocks("#workspace")).hasCount(2);
    }

    @Test
    void two_workspaces_on_one_page_keep_their_own_programs_and_events() {
        page.navigate(base + "test/blockly?second");
        dragIntoWorkspace("#second", "calendar_answer", 300, 40);
        dragIntoWorkspace("#workspace", "calendar_next_day", 320, 60);

        String program = awaitProgram(json -> types(json).contains("calendar_next_day"));
        assertThat(types(program)).containsExactly("calendar_next_day");
        assertThat(workspaceBlocks("#second")).hasCount(1);
        assertThat(workspaceBlocks("#workspace")).hasCount(1);

        tabInto("#second");
        press("t");
        press("Enter");
        press("Enter");
        assertThat(workspaceBlocks("#second")).hasCount(2);
        assertThat(workspaceBlocks("#workspace")).hasCount(1);
        browser.screenshot("blockly-two-workspaces");

        views.access(view -> view.second.setToolbox(List.of()));
        assertThat(flyoutBlocks("#second")).hasCount(0);
        views.access(view -> view.second.setToolbox(List.of("calendar_days_in_week")));
        assertThat(flyoutBlocks("#second")).hasCount(1);
        assertThat(flyoutBlocks("#workspace")).hasCount(8);

        // the first workspace goes (its element is disposed of); keyboard navigation moves on to the second
        views.access(view -> view.remove(view.workspace));
        assertThat(page.locator("#workspace")).hasCount(0);
        assertThat(page.locator(".injectionDiv")).hasCount(1);
        tabInto("#second");
        press("t");
        press("Enter");
        press("Enter");
        assertThat(workspaceBlocks("#second")).hasCount(3);
    }

    // ---- helpers ----------------------------------------------------------------------------


    /** Top-level blocks offered in a workspace's flyout. */
    private Locator flyoutBlocks(String workspace) {
        return page.locator(workspace + " " + FLYOUT + " .blocklyBlockCanvas > .blocklyDraggable");
    }

    /** Blocks of the program, connected or not. */
    private Locator workspaceBlocks(String workspace) {
        return page.locator(workspace + " svg.blocklySvg .blocklyBlockCanvas .blocklyBlock");
    }

    /** Drags the flyout block of this type to a point of the workspace (x from the flyout's right edge). */
    private void dragIntoWorkspace(String workspace, String blockType, double x, double y) {
        Locator block = page.locator(workspace + " " + FLYOUT + " .blocklyBlockCanvas > ." + blockType).first();
        block.scrollIntoViewIfNeeded();
        BoundingBox from = block.boundingBox();
        BoundingBox area = page.locator(workspace + " " + FLYOUT).boundingBox();
        page.mouse().move(from.x + 12, from.y + 12);
        page.mouse().down();
        page.mouse().move(from.x + 40, from.y + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(area.x + area.width + x, area.y + y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
    }

    /** Presses a key and gives the workspace a moment, as a person would (a move starts after a render). */
    private void press(String key) {
        page.keyboard().press(key);
        page.waitForTimeout(250);
    }

    /** Presses Tab until the keyboard focus is inside this workspace (as a keyboard user would). */
    private void tabInto(String workspace) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.querySelector(s).contains(document.activeElement)", workspace)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + workspace);
    }

    /** Waits for the server to receive a program that passes the test, and returns it. */
    private String awaitProgram(Predicate<String> test) {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            List<String> received = views.received();
            for (int i = received.size() - 1; i >= 0; i--) {
                if (test.test(received.get(i))) {
                    return received.get(i);
                }
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("the server received no such program; it received " + views.received());
    }

    /** Block types of a saved workspace, depth first. */
    private static List<String> types(String workspaceJson) {
        List<String> types = new java.util.ArrayList<>();
        JSON.readTree(workspaceJson).path("blocks").path("blocks").forEach(b -> collect(b, types));
        return types;
    }

    private static void collect(JsonNode block, List<String> types) {
        types.add(block.path("type").asString());
        for (Map.Entry<String, JsonNode> input : block.path("inputs").properties()) {
            if (input.getValue().has("block")) {
                collect(input.getValue().path("block"), types);
            }
        }
        if (block.path("next").has("block")) {
            collect(block.path("next").path("block"), types);
        }
    }
}
