package org.stepwise.blockly;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-only page (src/test): a workspace with calendar blocks, set up from the query string, no
 * buttons. {@code ?lang=es} for Spanish, {@code ?key=...} for a local backup (restored on open),
 * {@code ?limit=3} for a block limit, {@code ?second} for a second workspace on the page,
 * {@code ?procedures} for a toolbox with procedure blocks. What the
 * server receives is shown ({@code #received}, {@code #count}) and recorded in {@link BlocklyTestViews}.
 * Polls, so tests can act on the server side ({@link BlocklyTestViews#access}).
 */
@Route("test/blockly")
@AnonymousAllowed
class BlocklyTestView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> TOOLBOX = List.of("controls_repeat_ext", "math_number", "math_modulo", "variables_get", "variables_set",
            "calendar_next_day", "calendar_day_is", "calendar_days_in_week", "calendar_number_of_days", "calendar_answer");

    final BlocklyWorkspace workspace = new BlocklyWorkspace();
    final BlocklyWorkspace second = new BlocklyWorkspace();
    private final BlocklyTestViews views;
    private final Pre received = new Pre();
    private final Div count = new Div();
    private final Div restored = new Div();

    BlocklyTestView(BlocklyTestViews views) {
        this.views = views;
        workspace.setId("workspace");
        workspace.setToolbox(TOOLBOX);
        workspace.setHeight("640px");
        received.setId("received");
        received.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        count.setId("count");
        restored.setId("restored");
        workspace.addWorkspaceChangeListener(e -> {
            views.record(this, e.getWorkspaceJson());
            received.setText(e.getWorkspaceJson());
        });
        workspace.addBlockCountChangeListener(e -> count.setText(Integer.toString(e.getBlockCount())));
        second.setId("second");
        second.setToolbox(List.of("calendar_next_day", "calendar_answer"));
        second.setHeight("260px");
        second.setVisible(false);
        add(workspace, count, restored, received, second);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("lang")) {
            workspace.setLanguage(Locale.forLanguageTag(query.get("lang").getFirst()));
        }
        if (query.containsKey("key")) {
            workspace.setLocalStorageKey(query.get("key").getFirst());
        }
        if (query.containsKey("procedures")) {
            workspace.setToolbox(List.of("procedures_defnoreturn", "procedures_callnoreturn", "calendar_next_day"));
        }
        if (query.containsKey("limit")) {
            workspace.setBlockLimit(Integer.valueOf(query.get("limit").getFirst()));
        }
        second.setVisible(query.containsKey("second"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(250);
        views.opened(this);
        workspace.loadLocalBackup().thenAccept(backup -> backup.ifPresent(b -> {
            workspace.setWorkspace(b.workspaceJson());
            restored.setText(b.savedAt().toString());
        }));
    }
}
