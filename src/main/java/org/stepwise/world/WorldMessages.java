package org.stepwise.world;

import java.util.Arrays;
import java.util.List;
import org.stepwise.program.Message;

/**
 * Messages of the worlds, from the {@code org.stepwise.world.messages} bundle: state descriptions,
 * goal verdicts, refused actions and set-up problems.
 */
public final class WorldMessages {

    public static final String BUNDLE = "org.stepwise.world.messages";

    private WorldMessages() {
    }

    public static Message of(String key, Object... args) {
        return new Message(BUNDLE, key, Arrays.asList(args));
    }

    /**
     * Items as a list in words: "red", "red and blue", "red, blue and green". Items may be texts or
     * messages; a message item is rendered in the reader's language when the outer message is.
     */
    public static Object listInWords(List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return of("list.and", joined(items.subList(0, items.size() - 1)), items.getLast());
    }

    /**
     * Items separated by commas: "red, blue, red". Items may be texts or messages, as for
     * {@link #listInWords}.
     */
    public static Object joined(List<?> items) {
        Object head = items.isEmpty() ? "" : items.getFirst();
        for (int i = 1; i < items.size(); i++) {
            head = of("list.comma", head, items.get(i));
        }
        return head;
    }
}
