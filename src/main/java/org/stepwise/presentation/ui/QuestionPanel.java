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

    void show(Question question, Presentations.Tally tally) {
        removeAll();
        H2 heading = new H2(question.variable() == null ? getTranslation("present.question.heading")
                : getTranslation("present.question.variable", question.variable()));
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
            ListItem item = new ListItem(letter, label);
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
