package org.stepwise.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.lesson.Lesson;
import org.stepwise.lesson.Section;
import org.stepwise.classroom.LiveClassPanel;
import org.stepwise.classroom.LiveClassPanels;
import org.stepwise.live.LiveBus;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.Presentations;
import org.stepwise.presentation.Question;
import org.stepwise.security.Roles;

/**
 * The big screen: what the whole room sees, readable from the back row. One section at a time, or
 * the program being stepped through with the question about its next step; black when the
 * teacher blanks it. The same keys as the presenter's window drive it (a clicker may be plugged
 * into either computer). No student names unless the teacher turns them on.
 */
@Route(value = "present/:" + PresentationWindow.PRESENTATION + "/screen", autoLayout = false)
@RolesAllowed(Roles.TEACHER)
public class AudienceView extends PresentationWindow {

    private final Span lessonTitle = new Span();
    private final Span where = new Span();
    private final Div content = new Div();
    private final QuestionPanel question = new QuestionPanel();
    private final Div classPanel = new Div();
    private final Div blank = new Div();
    private final Paragraph ended = new Paragraph();
    private final LiveClassPanels classPanels;
    private @Nullable LiveClassPanel livePanel;
    private @Nullable Section slideShown;

    AudienceView(Presentations presentations, ExerciseChecks checks, LiveBus bus, LiveClassPanels classPanels) {
        super(presentations, checks, bus, true);
        this.classPanels = classPanels;
        addClassName("stepwise-audience");
    }

    @Override
    protected String titleKey() {
        return "present.audience.title";
    }

    @Override
    protected void build(Presentation presentation, Lesson lesson) {
        removeAll();
        lessonTitle.addClassName("stepwise-audience-lesson");
        where.setId("audience-where");
        where.addClassName("stepwise-audience-where");
        Div header = new Div(lessonTitle, where);
        header.addClassName("stepwise-audience-header");
        content.setId("audience-content");
        content.addClassName("stepwise-audience-content");
        classPanel.setId("audience-class");
        classPanel.addClassName("stepwise-audience-class");
        Div main = new Div(header, content);
        main.addClassName("stepwise-audience-main");
        main.setId("audience-main");
        blank.setId("audience-blank");
        blank.addClassName("stepwise-blank");
        ended.setId("audience-ended");
        ended.addClassName("stepwise-audience-ended");
        ended.setText(getTranslation("present.ended"));
        classPanel.removeAll();
        livePanel = presentation.classId() == null ? null : classPanels.create(presentation.classId(), LiveClassPanel.Look.PROJECTOR);
        if (livePanel != null) {
            classPanel.add(livePanel);
        }
        add(main, classPanel, blank, ended);
        slideShown = null;
    }

    @Override
    protected void render(Presentation p, Lesson lesson) {
        Locale locale = getLocale();
        lessonTitle.setText(lesson.title().in(locale));
        blank.setVisible(p.blank());
        getElement().setAttribute("aria-hidden", p.blank() ? "true" : "false");
        ended.setVisible(p.ended());
        if (p.program() != null) {
            where.setText(getTranslation("present.where.program"));
            if (slideShown != null || content.getComponentCount() == 0) {
                content.removeAll();
                content.add(programScreen);
                slideShown = null;
            }
            programScreen.show(p, lesson, studentOnScreen(p));
            showQuestion(p);
        } else {
            where.setText(getTranslation("present.where.section", p.sectionIndex() + 1, Presentation.SECTIONS.size()));
            if (slideShown != p.section()) {
                content.removeAll();
                content.add(new SectionSlide(lesson, p.section(), locale));
                slideShown = p.section();
            }
        }
        classPanel.setVisible(p.showClass() && livePanel != null);
        if (livePanel != null && livePanel.isShowNames() != p.showNames()) {
            livePanel.setShowNames(p.showNames());
        }
    }

    private void showQuestion(Presentation p) {
        Question q = p.question();
        boolean asked = q != null && p.program() != null && q.position() == p.program().position();
        if (asked) {
            question.show(q, presentations.tally(p.id()), worldOf(p));
        }
        programScreen.showQuestion(asked ? question : null);
    }

    @Override
    protected void answersChanged() {
        showQuestion(presentation());
    }
}
