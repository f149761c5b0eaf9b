package org.stepwise.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.stepwise.classroom.LiveClassSummary.ExerciseSummary;
import org.stepwise.classroom.LiveClassSummary.Standing;
import org.stepwise.classroom.internal.ProgressSignals;
import org.stepwise.exercise.CaseFailure;
import org.stepwise.exercise.ExerciseKey;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveSubscription;

/**
 * The live class panel (issue 6), for the presenter view and the projector: the class's join code
 * large, "N of M students joined", and per assigned exercise how many students solved it, are
 * trying, are stuck or have not started, with the case the class fails most, in words. While it is
 * attached it listens to {@code class:<id>} on the live bus (a check or a sign-in on any app
 * instance) and redraws by server push. It shows no student name until {@link #setShowNames(boolean)
 * setShowNames(true)}; until then it does not even ask the service for names.
 * <p>
 * Made by {@link LiveClassPanels#create}; only for the class's own teacher (the service checks).
 */
public class LiveClassPanel extends Composite<Section> {

    /** How the panel looks. */
    public enum Look {
        /** Compact, for the teacher's laptop beside the presenter's notes. Hidden cases are named. */
        PRESENTER,
        /**
         * Large, for the projector, to be read from the back of the room: the join code at least 96
         * px. Hidden cases are never named here (students can read the screen).
         */
        PROJECTOR
    }

    static final String SOLVED = "\u2713";
    static final String TRYING = "\u25D0";
    static final String STUCK = "!";
    static final String NOT_STARTED = "\u25CB";

    private final ClassProgress progress;
    private final LessonCatalog catalog;
    private final ExerciseTitles titles;
    private final LiveBus bus;
    private final ClassId classId;
    private final Look look;
    private final H2 heading = new H2();
    private final Span code = new Span();
    private final Paragraph joined = new Paragraph();
    private final Paragraph notJoined = new Paragraph();
    private final Div exercises = new Div();
    private final AtomicBoolean redrawPending = new AtomicBoolean();
    private final List<Runnable> updateListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean showNames;
    private LiveSubscription subscription = () -> { };

    LiveClassPanel(ClassProgress progress, LiveBus bus, LessonCatalog catalog, ClassId classId, Look look) {
        this.progress = progress;
        this.bus = bus;
        this.catalog = catalog;
        this.titles = new ExerciseTitles(catalog);
        this.classId = classId;
        this.look = look;
        Section root = getContent();
        root.addClassNames("stepwise-live-panel", "stepwise-live-panel--" + look.name().toLowerCase(Locale.ROOT));
        root.setId("live-panel");
        heading.setId("live-panel-heading");
        heading.addClassName("stepwise-live-heading");
        root.getElement().setAttribute("aria-labelledby", "live-panel-heading");

        Paragraph how = new Paragraph(getTranslation("teacher.live.join.how", joinAddress()));
        how.setId("live-join-how");
        how.addClassName("stepwise-live-join-how");
        code.setId("live-join-code");
        code.addClassName("stepwise-live-code");
        Div join = new Div(how, code);
        join.addClassName("stepwise-live-join");

        joined.setId("live-joined");
        joined.addClassName("stepwise-live-joined");
        notJoined.setId("live-not-joined");
        notJoined.addClassName("stepwise-live-names");
        exercises.setId("live-exercises");
        exercises.addClassName("stepwise-live-exercises");
        root.add(heading, join, joined);
        if (look == Look.PRESENTER) {
            Paragraph joinedHow = new Paragraph(getTranslation("teacher.live.joined.how", LiveClassSummary.JOINED_WITHIN.toHours()));
            joinedHow.addClassName("stepwise-live-hint");
            root.add(joinedHow);
        }
        root.add(notJoined, exercises);
        refresh(); // the first draw also checks that the class is the signed-in teacher's
    }

    public ClassId classId() {
        return classId;
    }

    public Look look() {
        return look;
    }

    public boolean isShowNames() {
        return showNames;
    }

    /** Shows or hides the students' names (who has not joined, who is in each group); redraws at once. */
    public void setShowNames(boolean showNames) {
        if (this.showNames != showNames) {
            this.showNames = showNames;
            refresh();
        }
    }

    /**
     * Calls the listener, on the UI, after each redraw caused by a student's check or sign-in (the
     * presenter refreshes its list of students' programs then).
     */
    public Registration addUpdateListener(Runnable listener) {
        updateListeners.add(listener);
        return () -> updateListeners.remove(listener);
    }

    /** While on screen, a check or sign-in by any student of the class (on any app instance) redraws the panel. */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = bus.subscribe(ProgressSignals.topic(classId), payload -> {
            // a burst of messages (a class checking at once) while a redraw waits makes one redraw
            if (redrawPending.compareAndSet(false, true)) {
                ui.access(() -> {
                    redrawPending.set(false);
                    if (isAttached()) {
                        refresh();
                        updateListeners.forEach(Runnable::run);
                    }
                });
            }
        });
        if (!event.isInitialAttach()) {
            refresh(); // what changed while it was away
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.close();
    }

    /** Reads the class's summary again and shows it. */
    void refresh() {
        LiveClassSummary summary = progress.live(classId, showNames);
        Locale locale = getLocale();
        heading.setText(getTranslation("teacher.live.heading", summary.className()));
        code.setText(summary.joinCode().display());
        joined.setText(getTranslation("teacher.live.joined", summary.joined(), summary.onRoster()));
        notJoined.setVisible(showNames && summary.onRoster() > 0);
        notJoined.setText(summary.notJoined().isEmpty() ? getTranslation("teacher.live.everyone-joined")
                : getTranslation("teacher.live.not-joined", String.join(", ", summary.notJoined())));
        exercises.removeAll();
        if (summary.onRoster() == 0) {
            exercises.add(note(getTranslation("teacher.live.no-students")));
        } else if (summary.exercises().isEmpty()) {
            exercises.add(note(getTranslation("teacher.live.no-assignments")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("stepwise-live-exercise-list");
            summary.exercises().forEach(e -> list.add(exercise(e, locale)));
            exercises.add(list);
        }
    }

    private ListItem exercise(ExerciseSummary summary, Locale locale) {
        ExerciseKey key = summary.exercise();
        Span lessonTitle = new Span(titles.lesson(key, locale));
        lessonTitle.addClassName("stepwise-live-lesson");
        H3 title = new H3(new Span(titles.exercise(key, locale)), lessonTitle);
        title.addClassName("stepwise-live-exercise-title");
        Div counts = new Div();
        counts.addClassName("stepwise-live-counts");
        for (Standing standing : Standing.values()) {
            Span symbol = new Span(symbol(standing));
            symbol.addClassName("stepwise-live-symbol");
            symbol.getElement().setAttribute("aria-hidden", "true");
            Span count = new Span(symbol, new Span(getTranslation("teacher.live.count." + id(standing), summary.count(standing))));
            count.addClassName("stepwise-live-count");
            count.getElement().setAttribute("data-standing", id(standing));
            counts.add(count);
        }
        ListItem item = new ListItem(title, counts);
        item.setId("live-exercise-" + key.lessonId() + "-" + key.exerciseId());
        item.addClassName("stepwise-live-exercise");
        if (showNames) {
            for (Standing standing : Standing.values()) {
                List<String> names = summary.names(standing);
                if (!names.isEmpty()) {
                    Paragraph who = new Paragraph(getTranslation("teacher.live.names." + id(standing), String.join(", ", names)));
                    who.addClassName("stepwise-live-names");
                    who.getElement().setAttribute("data-standing", id(standing));
                    item.add(who);
                }
            }
        }
        Paragraph failing = new Paragraph(mostFailed(summary.mostFailed()));
        failing.addClassName("stepwise-live-failing");
        item.add(failing);
        return item;
    }

    /** The most failed case in words; a hidden case is named only on the teacher's own screen. */
    private String mostFailed(@Nullable CaseFailure failure) {
        if (failure == null) {
            return getTranslation("teacher.live.failing.none");
        }
        if (failure.hidden() && look == Look.PROJECTOR) {
            return getTranslation("teacher.live.failing.hidden", failure.studentsFailing(), failure.studentsTried());
        }
        return getTranslation(failure.hidden() ? "teacher.live.failing.hidden-named" : "teacher.live.failing.visible",
                failure.studentsFailing(), failure.studentsTried(), failure.caseName());
    }

    private static String symbol(Standing standing) {
        return switch (standing) {
            case SOLVED -> SOLVED;
            case TRYING -> TRYING;
            case STUCK -> STUCK;
            case NOT_STARTED -> NOT_STARTED;
        };
    }

    private static String id(Standing standing) {
        return standing.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("live-empty");
        return p;
    }

    /** Where students go to join: this server's address and {@code /join}, as the class page says it. */
    private static String joinAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/join";
        }
        String host = request.getHeader(org.springframework.http.HttpHeaders.HOST);
        return (host == null ? "" : host) + request.getContextPath() + "/join";
    }

}
