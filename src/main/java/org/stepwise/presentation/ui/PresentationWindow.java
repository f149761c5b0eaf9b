package org.stepwise.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.exercise.ExerciseChecks;
import org.stepwise.playback.Playback;
import org.stepwise.lesson.Lesson;
import org.stepwise.live.LiveBus;
import org.stepwise.live.LiveSubscription;
import org.stepwise.presentation.Presentation;
import org.stepwise.presentation.PresentationId;
import org.stepwise.presentation.Presentations;
import org.stepwise.presentation.ProgramOnScreen;

/**
 * What the presenter's and the audience's windows share: they load the presentation named in the
 * address (another teacher's is "not found"), show every newer state that any window or app
 * instance stores (told by the live bus, shown by server push), and turn keys into changes —
 * sections while a section is on screen, steps while a program is.
 */
abstract class PresentationWindow extends PresentationFrame implements BeforeEnterObserver, HasDynamicTitle {

    static final String PRESENTATION = "presentation";

    protected final Presentations presentations;
    protected final ExerciseChecks checks;
    private final LiveBus bus;
    protected final ProgramScreen programScreen;
    private @Nullable Presentation shown;
    private @Nullable Lesson lesson;
    private LiveSubscription subscription = () -> { };

    PresentationWindow(Presentations presentations, ExerciseChecks checks, LiveBus bus, boolean bigScreen) {
        this.presentations = presentations;
        this.checks = checks;
        this.bus = bus;
        this.programScreen = new ProgramScreen(presentations, checks, bigScreen);
        onKeyAction(this::act);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Presentation> found = event.getRouteParameters().get(PRESENTATION).flatMap(PresentationId::parse)
                .flatMap(presentations::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        lesson = presentations.lessonOf(found.get());
        shown = found.get();
        build(found.get(), lesson);
        render(found.get(), lesson);
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? getTranslation("app.name")
                : getTranslation(titleKey(), lesson.title().in(getLocale())) + " · " + getTranslation("app.name");
    }

    /** Translation key of the window's title, with the lesson's title as {0}. */
    protected abstract String titleKey();

    /** Builds the window once the presentation is known. */
    protected abstract void build(Presentation presentation, Lesson lesson);

    /** Shows a state (always newer than the one shown before). */
    protected abstract void render(Presentation presentation, Lesson lesson);

    /** The answers to the open question changed. */
    protected abstract void answersChanged();

    protected Presentation presentation() {
        return Objects.requireNonNull(shown);
    }

    protected Lesson lesson() {
        return Objects.requireNonNull(lesson);
    }

    /** Shows the state if it is newer than what is shown. */
    protected void update(Presentation presentation) {
        if (shown == null || presentation.version() > shown.version()) {
            shown = presentation;
            render(presentation, lesson());
        }
    }

    /** Runs a change and shows its result at once (the other windows hear of it over the live bus). */
    protected void change(Supplier<Presentation> how) {
        if (presentation().ended()) {
            return;
        }
        try {
            update(how.get());
        } catch (IllegalStateException e) {
            // ended meanwhile, in another window
            presentations.find(presentation().id()).ifPresent(this::update);
        }
    }

    /** The last step of the program on screen; -1 when it has none or cannot run. */
    protected int lastStep() {
        return programScreen.playback().map(p -> p.size() - 1).orElse(-1);
    }

    protected void act(Action action) {
        PresentationId id = presentation().id();
        ProgramOnScreen program = presentation().program();
        if (action == Action.BLANK) {
            change(() -> presentations.toggleBlank(id));
        } else if (program == null) {
            switch (action) {
                case NEXT -> change(() -> presentations.next(id));
                case PREVIOUS -> change(() -> presentations.previous(id));
                case FIRST -> change(() -> presentations.show(id, Presentation.SECTIONS.getFirst()));
                case LAST -> change(() -> presentations.show(id, Presentation.SECTIONS.getLast()));
                default -> throw new IllegalStateException(action.name());
            }
        } else {
            int last = lastStep();
            switch (action) {
                case NEXT -> change(() -> presentations.step(id, 1, last));
                case PREVIOUS -> change(() -> presentations.step(id, -1, last));
                case FIRST -> change(() -> presentations.stepTo(id, -1));
                case LAST -> change(() -> presentations.stepTo(id, last));
                default -> throw new IllegalStateException(action.name());
            }
        }
    }

    /** The student whose program is on screen, when names may be shown. */
    protected @Nullable RosterStudent studentOnScreen(Presentation p) {
        ProgramOnScreen program = p.program();
        if (program == null || program.student() == null || !p.showNames()) {
            return null;
        }
        return presentations.studentsWithPrograms(p.id(), program.exerciseId()).stream()
                .filter(s -> s.id().equals(program.student())).findFirst().orElse(null);
    }

    /** The world type of the program on screen ("" without one). */
    protected String worldOf(Presentation p) {
        ProgramOnScreen program = p.program();
        return program == null ? "" : lesson().exercise(program.exerciseId()).map(e -> e.world()).orElse("");
    }

    protected Optional<Playback> playback() {
        return programScreen.playback();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        PresentationId id = presentation().id();
        subscription = bus.subscribe(Presentations.topic(id), payload -> ui.access(() -> {
            if (payload.contains("\"answers\"")) {
                answersChanged();
            } else {
                presentations.find(id).ifPresent(this::update);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.close();
        super.onDetach(event);
    }
}
