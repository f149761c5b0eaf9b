package org.stepwise.blockly;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Test-only: the open {@link BlocklyTestView} and every program it received, for end-to-end tests to check on the server. */
@Component
class BlocklyTestViews {

    private volatile BlocklyTestView current;
    private final List<String> received = new CopyOnWriteArrayList<>();

    void opened(BlocklyTestView view) {
        current = view;
        received.clear();
    }

    void record(BlocklyTestView view, String json) {
        if (view == current) {
            received.add(json);
        }
    }

    /** Programs received from the page opened last, oldest first. */
    List<String> received() {
        return List.copyOf(received);
    }

    /** Runs on the open page's UI thread (the page polls, so the browser sees the result). */
    void access(Consumer<BlocklyTestView> action) {
        BlocklyTestView view = current;
        view.getUI().orElseThrow().accessSynchronously(() -> action.accept(view));
    }
}
