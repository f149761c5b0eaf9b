package org.stepwise.blockly;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.world.BlockTexts;
import org.stepwise.world.WorldType;
import org.stepwise.world.Worlds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Blockly workspace with a flyout of blocks to choose from: where students build their
 * programs. Java decides what is offered and shown; the browser does the editing and sends the
 * program back as Blockly's JSON. Several workspaces may share a page.
 *
 * <p>Every block of every world ({@link Worlds#standard()}) and Blockly's standard blocks are
 * known to every workspace, so any saved program loads; the toolbox decides what can be added.
 * Block texts follow {@link #setLanguage(Locale)} (by default the UI's locale).
 *
 * <p>The browser side is {@code src/main/frontend/blockly/blockly-workspace.js}
 * ({@code <stepwise-blockly-workspace>}); {@code docs/blockly.md} describes both.
 */
@Tag("stepwise-blockly-workspace")
@NpmPackage(value = "blockly", version = "12.3.1", assets = "media/**:blockly/media")
@NpmPackage(value = "@blockly/keyboard-navigation", version = "3.0.5")
@JsModule("./blockly/blockly-workspace.js")
public class BlocklyWorkspace extends Component implements HasSize, HasStyle {

    static final String CHANGE_EVENT = "stepwise-workspace-change";
    static final String BLOCK_COUNT_EVENT = "stepwise-block-count-change";

    /** The keyboard help, one row per key: translation keys {@code blockly.keyboard.<row>.keys} and {@code .action}. */
    static final List<String> KEYBOARD_HELP_ROWS = List.of("tab", "toolbox", "arrows", "enter", "move", "disconnect", "delete", "duplicate",
            "undo", "escape", "help");

    /**
     * Blockly texts Stepwise words itself (Blockly's message key → translation key): hints and menu
     * entries of keyboard navigation, which Blockly's Spanish lacks and children read.
     */
    static final Map<String, String> BLOCKLY_TEXTS = Map.of(
            "HELP_PROMPT", "blockly.keyboard.prompt",
            "KEYBOARD_NAV_CONSTRAINED_MOVE_HINT", "blockly.keyboard.hint.move",
            "KEYBOARD_NAV_UNCONSTRAINED_MOVE_HINT", "blockly.keyboard.hint.move-freely",
            "KEYBOARD_NAV_COPIED_HINT", "blockly.keyboard.hint.copied",
            "KEYBOARD_NAV_CUT_HINT", "blockly.keyboard.hint.cut",
            "MOVE_BLOCK", "blockly.menu.move",
            "EDIT_BLOCK_CONTENTS", "blockly.menu.edit",
            "COPY_SHORTCUT", "blockly.menu.copy",
            "PASTE_SHORTCUT", "blockly.menu.paste");

    private static final Pattern BLOCK_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /*
     * The block definitions of the standard worlds and the block texts of each language, made once
     * and shared by every workspace: Flow keeps a property's JSON as given, and these are never
     * changed after they are made. One copy each saves ~48 KB of live heap per open exercise
     * (docs/benchmarks.md, "The student's browser and the server").
     */
    private static final ArrayNode STANDARD_DEFINITIONS = blockDefinitions(Worlds.standard());
    private static final Map<String, ObjectNode> BLOCK_MESSAGES = blockMessages();

    private final Worlds worlds;
    private List<String> toolbox = List.of();
    private String workspaceJson = "";
    private int blockCount;
    private @Nullable Locale language;
    private @Nullable String highlighted;
    private boolean editable = true;
    private @Nullable Integer blockLimit;
    private @Nullable String localStorageKey;

    /** A workspace that knows the blocks of the standard worlds. */
    public BlocklyWorkspace() {
        this(Worlds.standard());
    }

    /** A workspace that knows the blocks of these worlds (and Blockly's standard blocks). */
    public BlocklyWorkspace(Worlds worlds) {
        this.worlds = worlds;
        getElement().setPropertyJson("blockDefinitions", worlds == Worlds.standard() ? STANDARD_DEFINITIONS : blockDefinitions(worlds));
        getElement().setPropertyJson("toolbox", NODES.arrayNode());
        getElement().setProperty("editable", true);
        addListener(WorkspaceChangeEvent.class, event -> {
            workspaceJson = event.getWorkspaceJson();
            blockCount = event.getBlockCount();
        });
        addListener(BlockCountChangeEvent.class, event -> blockCount = event.getBlockCount());
    }

    /**
     * Offers exactly these blocks, in this order, in a flyout beside the program. When the list
     * has variable blocks ({@code variables_get}, {@code variables_set}, {@code math_change}),
     * the flyout also gets a "Create variable…" button and shows those blocks once for each
     * variable the program has; a procedure call block appears once for each procedure defined.
     *
     * @throws IllegalArgumentException naming a type that is not a block type, or a world block
     *                                  that its world does not have
     */
    public void setToolbox(List<String> blockTypes) {
        for (String type : blockTypes) {
            if (!BLOCK_TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("The toolbox block type \"" + type + "\" is not a Blockly block type (letters, digits and _)");
            }
            String prefix = type.substring(0, Math.max(0, type.indexOf('_')));
            Optional<WorldType> world = worlds.get(prefix);
            if (world.isPresent() && world.get().blocks().get(type).isEmpty()) {
                throw new IllegalArgumentException("The toolbox block \"" + type + "\" is not a block of the " + prefix + " world; it has "
                        + world.get().blocks().types());
            }
        }
        toolbox = List.copyOf(blockTypes);
        ArrayNode types = NODES.arrayNode();
        toolbox.forEach(types::add);
        getElement().setPropertyJson("toolbox", types);
    }

    public List<String> getToolbox() {
        return toolbox;
    }

    /**
     * Shows this program, replacing what the workspace held (an edit not yet sent is dropped).
     * Loading is not an edit: no {@link WorkspaceChangeEvent} follows, and the local backup keeps
     * the student's last edit.
     *
     * @param json Blockly's JSON ({@code Blockly.serialization.workspaces.save}); empty for an
     *             empty workspace
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public void setWorkspace(String json) {
        String program = json.strip();
        if (!program.isEmpty()) {
            try {
                if (!JsonMapper.builder().build().readTree(program).isObject()) {
                    throw new IllegalArgumentException("A Blockly workspace must be a JSON object, not: " + abbreviate(program));
                }
            } catch (JacksonException e) {
                throw new IllegalArgumentException("A Blockly workspace must be JSON: " + e.getOriginalMessage(), e);
            }
        }
        workspaceJson = program;
        highlighted = null;
        if (isAttached()) {
            getElement().callJsFunction("load", workspaceJson);
        }
    }

    /**
     * The program as last loaded or reported by the browser (empty when there is none). It lags
     * the screen by the change events' delay; the workspace sends pending edits when it loses focus,
     * so a click on a button outside the workspace arrives after them.
     */
    public String getWorkspace() {
        return workspaceJson;
    }

    /** Blocks in the program (not counting shadow blocks), as last reported by the browser. */
    public int getBlockCount() {
        return blockCount;
    }

    public Registration addWorkspaceChangeListener(ComponentEventListener<WorkspaceChangeEvent> listener) {
        return addListener(WorkspaceChangeEvent.class, listener);
    }

    /** Told at once whenever the number of blocks changes, through an edit or a load. */
    public Registration addBlockCountChangeListener(ComponentEventListener<BlockCountChangeEvent> listener) {
        return addListener(BlockCountChangeEvent.class, listener);
    }

    /**
     * Marks the block being run (Blockly's {@code highlightBlock}: the CSS class
     * {@code blocklyHighlighted}) and scrolls it into view when it is outside; any other mark goes.
     *
     * @param blockId a block id from the program, or {@code null} to clear the mark
     */
    public void highlight(@Nullable String blockId) {
        highlighted = blockId;
        if (isAttached()) {
            getElement().callJsFunction("highlight", blockId);
        }
    }

    public Optional<String> getHighlighted() {
        return Optional.ofNullable(highlighted);
    }

    /** Read-only while a program runs: blocks can be looked at and scrolled, not changed or added. */
    /**
     * Draws the blocks at this size (Blockly's own size is 1; the default 0.8). The projector
     * draws them larger so that the back row can read them.
     *
     * @throws IllegalArgumentException when the scale is not positive
     */
    public void setScale(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("a block scale must be positive, not " + scale);
        }
        getElement().setProperty("scale", scale);
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
        getElement().setProperty("editable", editable);
    }

    public boolean isEditable() {
        return editable;
    }

    /**
     * The most blocks the program may have (Blockly's {@code maxBlocks}, counted like
     * {@link #getBlockCount()}); when reached, the flyout's blocks are greyed out.
     *
     * @param limit at least 0, or {@code null} for no limit
     */
    public void setBlockLimit(@Nullable Integer limit) {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("A block limit cannot be negative: " + limit);
        }
        blockLimit = limit;
        // -1, not a removed property: Flow deletes a removed property, which the element would not notice
        getElement().setProperty("maxBlocks", limit == null ? -1 : limit);
    }

    public Optional<Integer> getBlockLimit() {
        return Optional.ofNullable(blockLimit);
    }

    /**
     * Keeps a copy of every edit in the browser's {@code localStorage} under this key (shape: see
     * {@link LocalBackup}); {@code null} stops keeping copies. Use one key per student and
     * exercise, for example {@code stepwise.exercise.use-the-remainder}.
     */
    public void setLocalStorageKey(@Nullable String key) {
        if (key != null && key.isBlank()) {
            throw new IllegalArgumentException("A localStorage key cannot be blank");
        }
        localStorageKey = key;
        getElement().setProperty("localStorageKey", key == null ? "" : key);
    }

    public Optional<String> getLocalStorageKey() {
        return Optional.ofNullable(localStorageKey);
    }

    /**
     * Asks the browser for the copy stored under the {@linkplain #setLocalStorageKey(String) local
     * storage key}. Completes (in the UI's thread, session locked) with the backup, or empty when
     * there is none or it cannot be read. To restore it:
     * {@code workspace.loadLocalBackup().thenAccept(b -> b.ifPresent(x -> workspace.setWorkspace(x.workspaceJson())))}.
     */
    public CompletableFuture<Optional<LocalBackup>> loadLocalBackup() {
        return getElement().callJsFunction("readLocalBackup").toCompletableFuture(String.class).thenApply(LocalBackup::parse);
    }

    /** Forgets the browser's copy (for example once the program is saved on the server). */
    public void clearLocalBackup() {
        getElement().callJsFunction("clearLocalBackup");
    }

    /**
     * The language of the block texts, Blockly's menus and the keyboard help. English and Spanish
     * are there; any other language shows English. Blockly's texts are global to a page, so all
     * workspaces on one page should share a language.
     */
    public void setLanguage(Locale locale) {
        language = locale;
        applyLanguage(locale);
    }

    /** The language set, or the UI's while none is. */
    public Locale getLanguage() {
        return language != null ? language : getLocale();
    }

    /** Opens the keyboard help inside the workspace (the same as pressing / there). */
    public void showKeyboardHelp() {
        getElement().callJsFunction("showKeyboardHelp");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        applyLanguage(getLanguage());
        if (!workspaceJson.isEmpty()) {
            getElement().callJsFunction("load", workspaceJson);
        }
        if (highlighted != null) {
            getElement().callJsFunction("highlight", highlighted);
        }
    }

    private void applyLanguage(Locale locale) {
        String language = BlockTexts.languageFor(locale);
        getElement().setProperty("language", language);
        getElement().setPropertyJson("blockMessages", BLOCK_MESSAGES.get(language));
        Locale chosen = Locale.forLanguageTag(language);
        ObjectNode blocklyTexts = NODES.objectNode();
        BLOCKLY_TEXTS.forEach((blocklyKey, key) -> blocklyTexts.put(blocklyKey, getTranslation(chosen, key)));
        getElement().setPropertyJson("blocklyMessages", blocklyTexts);
        getElement().setPropertyJson("keyboardHelp", keyboardHelp(chosen));
    }

    private ObjectNode keyboardHelp(Locale locale) {
        ObjectNode help = NODES.objectNode();
        help.put("title", getTranslation(locale, "blockly.keyboard.title"));
        help.put("intro", getTranslation(locale, "blockly.keyboard.intro"));
        help.put("close", getTranslation(locale, "blockly.keyboard.close"));
        ArrayNode rows = help.putArray("rows");
        for (String row : KEYBOARD_HELP_ROWS) {
            rows.addObject()
                    .put("keys", getTranslation(locale, "blockly.keyboard." + row + ".keys"))
                    .put("action", getTranslation(locale, "blockly.keyboard." + row + ".action"));
        }
        return help;
    }

    private static ArrayNode blockDefinitions(Worlds worlds) {
        ArrayNode all = NODES.arrayNode();
        JsonMapper json = JsonMapper.builder().build();
        for (WorldType world : worlds.all()) {
            for (JsonNode definition : json.readTree(world.blockDefinitions())) {
                all.add(definition);
            }
        }
        return all;
    }

    private static Map<String, ObjectNode> blockMessages() {
        Map<String, ObjectNode> byLanguage = new HashMap<>();
        for (String language : BlockTexts.LANGUAGES) {
            ObjectNode messages = NODES.objectNode();
            BlockTexts.load(language).messages().forEach(messages::put);
            byLanguage.put(language, messages);
        }
        return Map.copyOf(byLanguage);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
