package org.stepwise.world.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.Message;
import org.stepwise.program.WorldState;
import org.stepwise.world.WorldMessages;

/**
 * A word problem at one moment.
 *
 * @param setup  the inputs
 * @param answer the answer given last, or null before the program answers
 */
record AnswerState(AnswerSetup setup, @Nullable Datum answer) implements WorldState {

    /** "The inputs are celsius = 100. Your answer is 212." */
    @Override
    public Message describe() {
        Message said = answer == null
                ? WorldMessages.of("answer.state.no-answer")
                : WorldMessages.of("answer.state.answered", answer.inMessage());
        return setup.inputs().isEmpty() ? said : WorldMessages.of("answer.state.inputs", setup.inWords(), said);
    }

    /**
     * {@code {"inputs": {"celsius": 100}, "answered": true, "answer": 212, "answerText": "212"}};
     * {@code answer} and {@code answerText} (as the variables panel shows it) are left out until
     * the program answers.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        setup.inputs().forEach(i -> inputs.put(i.name(), i.value().json()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", inputs);
        json.put("answered", answer != null);
        if (answer != null) {
            json.put("answer", answer.json());
            json.put("answerText", answer.shown());
        }
        return json;
    }
}
