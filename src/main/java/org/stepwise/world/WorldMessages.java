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
     * messages; a message argument is rendered when the outer message is.
     */
    public static Object listInWords(List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < items.size() - 1; i++) {
            if (i > 0) {
                head.append(", ");
            }
            head.append(items.get(i));
        }
        return of("list.and", head.toString(), items.getLast());
    }
}
