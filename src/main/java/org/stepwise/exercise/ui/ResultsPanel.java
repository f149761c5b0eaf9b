package org.stepwise.exercise.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.stepwise.grading.CaseResult;
import org.stepwise.grading.Grade;

/**
 * What a check found, in arrange / act / assert words: every visible case with its verdict, the
 * hidden cases counted with the first one that failed explained, blocks against the limit, and on
 * success the steps against the reference solution's.
 */
class ResultsPanel extends Composite<Div> {

    private final IntConsumer watchCase;

    /** @param watchCase called with a visible case's index when the student asks to watch it */
    ResultsPanel(IntConsumer watchCase) {
        this.watchCase = watchCase;
        getContent().addClassName("stepwise-results");
        getContent().setId("results");
        getContent().getElement().setAttribute("role", "region");
        getContent().getElement().setAttribute("aria-label", getTranslation("exercise.results"));
        getContent().setVisible(false);
    }

    void clear() {
        getContent().removeAll();
        getContent().setVisible(false);
    }

    void show(Grade grade, Locale locale) {
        Div root = getContent();
        root.removeAll();
        root.setVisible(true);
        root.add(new H3(getTranslation("exercise.results")));
        if (grade.problem() != null) {
            Paragraph problem = new Paragraph(grade.problem().render(locale));
            problem.addClassName("stepwise-problem");
            problem.setId("results-problem");
            root.add(problem);
            return;
        }
        List<CaseResult> cases = grade.cases();
        Paragraph summary = new Paragraph(getTranslation("exercise.results.summary", grade.casesPassed(), cases.size()));
        summary.setId("results-summary");
        summary.addClassName(grade.passed() ? "passed" : "failed");
        root.add(summary);
        root.add(new Paragraph(grade.blockLimit() == null
                ? getTranslation("exercise.blocks.no-limit", grade.blocksUsed())
                : getTranslation(grade.withinBlockLimit() ? "exercise.blocks.within-limit" : "exercise.blocks.over-limit",
                        grade.blocksUsed(), grade.blockLimit())));
        if (grade.passed() && grade.referenceSteps() >= 0) {
            Paragraph steps = new Paragraph(getTranslation("exercise.results.steps", grade.steps(), grade.referenceSteps()));
            steps.setId("results-steps");
            root.add(steps);
        }
        UnorderedList list = new UnorderedList();
        list.setId("results-cases");
        for (int i = 0; i < cases.size(); i++) {
            CaseResult c = cases.get(i);
            if (c.visible()) {
                list.add(caseItem(i, c, locale));
            }
        }
        root.add(list);
        List<CaseResult> hidden = cases.stream().filter(c -> !c.visible()).toList();
        if (!hidden.isEmpty()) {
            long passed = hidden.stream().filter(CaseResult::passed).count();
            Paragraph hiddenSummary = new Paragraph(getTranslation("exercise.results.hidden", passed, hidden.size()));
            hiddenSummary.setId("results-hidden");
            root.add(hiddenSummary);
            hidden.stream().filter(c -> !c.passed()).findFirst().ifPresent(first -> {
                Paragraph example = new Paragraph(getTranslation("exercise.results.hidden-example",
                        first.arrange().render(locale), first.message().render(locale)));
                example.setId("results-hidden-example");
                root.add(example);
            });
        }
    }

    private ListItem caseItem(int index, CaseResult c, Locale locale) {
        Span mark = new Span(c.passed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create());
        mark.addClassName(c.passed() ? "passed" : "failed");
        Span verdict = new Span(getTranslation(c.passed() ? "exercise.results.case-passed" : "exercise.results.case-failed", c.name()));
        verdict.addClassName("stepwise-case-name");
        Div words = new Div(
                new Paragraph(getTranslation("exercise.results.arrange", c.arrange().render(locale))),
                new Paragraph(getTranslation("exercise.results.act", c.steps())),
                new Paragraph(getTranslation("exercise.results.assert", c.message().render(locale))));
        Button watch = new Button(getTranslation("exercise.results.watch"), e -> watchCase.accept(index));
        watch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ListItem item = new ListItem(mark, verdict, words, watch);
        item.addClassName(c.passed() ? "passed" : "failed");
        item.setId("result-case-" + index);
        return item;
    }
}
