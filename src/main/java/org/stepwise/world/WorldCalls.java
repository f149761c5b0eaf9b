package org.stepwise.world;

import org.stepwise.program.JsSemantics;
import org.stepwise.program.Message;
import org.stepwise.program.Value;
import org.stepwise.program.ValueDisplay;
import org.stepwise.program.WorldCall;
import org.stepwise.program.WorldException;

/**
 * Reading a world block's fields and inputs. A block used wrongly (a missing setting, a text where
 * a number belongs) is an ERROR: the program is broken, not the task failed.
 */
public final class WorldCalls {

    private WorldCalls() {
    }

    /** A block the world has no action or sensor for. */
    public static WorldException unknownBlock(WorldCall call) {
        return new WorldException(WorldMessages.of("block.unknown", call.type()), false);
    }

    /** A dropdown setting; its value must be one of {@code allowed}. */
    public static <E extends Enum<E>> E field(WorldCall call, String name, Class<E> allowed) {
        String value = call.fields().get(name);
        if (value != null) {
            for (E option : allowed.getEnumConstants()) {
                if (option.name().equals(value)) {
                    return option;
                }
            }
        }
        throw new WorldException(WorldMessages.of("block.bad-field", call.type(), name, value == null ? "" : value), false);
    }

    /** A value input that must be a whole number (a room number, a count). */
    public static long wholeNumber(WorldCall call, String input, Message whatItIs) {
        Value value = call.inputs().get(input);
        if (value == null) {
            throw new WorldException(WorldMessages.of("block.missing-input", call.type(), input), false);
        }
        double number = JsSemantics.toNumber(value);
        boolean blankText = value instanceof Value.Text t && t.value().isBlank();
        if (Double.isNaN(number) || Double.isInfinite(number) || number != Math.rint(number) || blankText
                || value instanceof Value.ListValue || value instanceof Value.Bool) {
            throw new WorldException(WorldMessages.of("block.not-a-whole-number", call.type(), whatItIs,
                    ValueDisplay.forMessage(value), ValueDisplay.kind(value)), false);
        }
        return (long) number;
    }

    /** A value input of any kind. */
    public static Value input(WorldCall call, String input) {
        Value value = call.inputs().get(input);
        if (value == null) {
            throw new WorldException(WorldMessages.of("block.missing-input", call.type(), input), false);
        }
        return value;
    }
}
