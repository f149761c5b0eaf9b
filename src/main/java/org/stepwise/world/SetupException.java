package org.stepwise.world;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Message;

/** A world's set-up in an exercise file is missing something or holds a wrong value; the message names the field. */
public final class SetupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient @Nullable Message problem;

    public SetupException(String message) {
        super(message);
        this.problem = null;
    }

    /** A problem from the worlds' message bundle; {@link #getMessage()} is its English text. */
    public SetupException(Message problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The problem as a translatable message, when it was made from one (to show it in the teacher's language). */
    public Optional<Message> problem() {
        return Optional.ofNullable(problem);
    }
}
