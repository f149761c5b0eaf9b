package org.stepwise.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.stepwise.presentation.Presentations;
import org.stepwise.presentation.Question;
import org.stepwise.stage.WorldStage;

/**
 * "What happens next?" as the big screen and the presenter show it: the choices with their
 * letters and how many answered; once revealed, how many chose each (counts only, never who) and
 * which one was right, said in words as well as marked.
 */
class QuestionPanel extends Div {

    QuestionPanel() {
        addClassName("stepwise-question-panel");
        setId("question");
    }

    /** @param worldType the world of the program on screen, to draw a world question's pictures */
    void show(Question question, Presentations.Tally tally, String worldType) {
        removeAll();
        H2 heading = new H2(switch (question.kind()) {
            case BLOCK -> getTranslation("present.question.heading");
            case VARIABLE -> getTranslation("present.question.variable", question.variable());
            case WORLD -> getTranslation("present.question.world");
        });
        heading.setId("question-heading");
        OrderedList choices = new OrderedList();
        choices.setId("question-choices");
        choices.addClassName("stepwise-question-choices");
        List<Integer> counts = tally.counts();
        int answered = tally.answered();
        for (int i = 0; i < question.choices().size(); i++) {
            Span letter = new Span(Question.letter(i));
            letter.addClassName("stepwise-choice-letter");
            Span label = new Span(question.choices().get(i));
            label.addClassName("stepwise-choice-label");
            ListItem item = new ListItem(letter);
            if (question.kind() == Question.Kind.WORLD) {
                // the picture is the choice; its description stays for screen readers
                WorldStage picture = new WorldStage();
                picture.show(worldType, question.worlds().get(i), question.choices().get(i));
                picture.addClassName("stepwise-choice-world");
                label.addClassName("stepwise-visually-hidden");
                item.add(picture, label);
                item.addClassName("stepwise-choice-picture");
            } else {
                item.add(label);
            }
            item.addClassName("stepwise-choice");
            item.setId("choice-" + i);
            if (question.revealed()) {
                int count = i < counts.size() ? counts.get(i) : 0;
                Span votes = new Span(getTranslation("present.question.votes", count));
                votes.addClassName("stepwise-choice-votes");
                votes.setId("votes-" + i);
                Div bar = new Div();
                bar.addClassName("stepwise-choice-bar");
                bar.getStyle().set("--share", answered == 0 ? "0" : Double.toString(count / (double) answered));
                item.add(votes, bar);
                if (i == question.correct()) {
                    item.addClassName("correct");
                    Span right = new Span(getTranslation("present.question.right"));
                    right.addClassName("stepwise-choice-right");
                    item.add(right);
                }
            }
            choices.add(item);
        }
        Paragraph status = new Paragraph(question.revealed() ? getTranslation("present.question.revealed", answered)
                : getTranslation("present.question.answered", answered));
        status.setId("question-status");
        status.addClassName("stepwise-question-status");
        add(heading, choices, status);
    }
}
