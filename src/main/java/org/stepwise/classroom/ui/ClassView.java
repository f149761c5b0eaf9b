package org.stepwise.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.stepwise.classroom.Assignments;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.ClassProgress;
import org.stepwise.classroom.Classrooms;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.StudentSecret;
import org.stepwise.lesson.LessonCatalog;
import org.stepwise.live.LiveBus;
import org.stepwise.security.Roles;
import org.stepwise.shared.ConcurrentChangeException;
import org.stepwise.shared.InvalidInputException;

/**
 * One of the teacher's classes: its join code, its roster (add by pasting names, rename, remove,
 * new sign-in cards) and its settings. Another teacher's class id shows "not found", exactly like
 * an id that does not exist.
 */
@Route("teacher/classes/:" + ClassView.CLASS_ID)
@RolesAllowed(Roles.TEACHER)
public class ClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLASS_ID = "classId";
    /** The theme of a confirm button that deletes something for good. */
    private static final String DANGER = ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName();

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final LessonCatalog catalog;
    private final ClassProgress progress;
    private final LiveBus bus;
    private SchoolClass schoolClass;
    private final H1 heading = new H1();
    private final Paragraph facts = new Paragraph();
    private final Span code = new Span();
    private final Div cards = new Div();
    private final Div roster = new Div();
    private final TextArea names = new TextArea();
    private final ClassForm settings = new ClassForm();
    private final Paragraph settingsMessage = new Paragraph();

    ClassView(Classrooms classrooms, Assignments assignments, LessonCatalog catalog, ClassProgress progress, LiveBus bus) {
        this.bus = bus;
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.catalog = catalog;
        this.progress = progress;
        addClassName("stepwise-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ClassId id = new ClassId(UUID.fromString(event.getRouteParameters().get(CLASS_ID).orElse("")));
            schoolClass = classrooms.get(id);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("class.back"), TeacherHomeView.class);
        heading.setId("class-heading");
        facts.addClassName("stepwise-facts");
        code.setId("join-code");
        code.addClassName("stepwise-join-code");
        Paragraph join = new Paragraph(getTranslation("class.join.how", appAddress() + "/join"));
        join.setId("join-how");
        Span codeLabel = new Span(getTranslation("class.join.code"));
        codeLabel.addClassName("stepwise-join-code-label");
        Div codeBox = new Div(codeLabel, code, join);
        codeBox.addClassName("stepwise-callout");
        cards.setId("new-cards");
        cards.setVisible(false);
        Section assigned = new Section(new AssignmentsPanel(assignments, catalog, schoolClass.id()));
        assigned.setId("section-assignments");
        add(back, heading, facts, codeBox, cards, assigned, new ProgressPanel(progress, bus, catalog, schoolClass), rosterSection(),
                settingsSection());
        showClass();
        showRoster();
    }

    private void showClass() {
        heading.setText(schoolClass.name());
        facts.setText(getTranslation("class.facts", getTranslation("lesson.subject." + schoolClass.subject().id()), schoolClass.grade(),
                getTranslation("classes.sign-in." + schoolClass.signIn().id())));
        code.setText(schoolClass.joinCode().display());
        settings.fill(schoolClass);
    }

    private Section rosterSection() {
        roster.setId("roster");
        names.setLabel(getTranslation("roster.add.label"));
        names.setHelperText(getTranslation("roster.add.helper"));
        names.setId("roster-names");
        names.setWidthFull();
        names.setMaxWidth("30rem");
        Button add = new Button(getTranslation("roster.add.submit"), e -> addStudents());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("roster-add");
        Button everyone = new Button(getTranslation("roster.new-cards.everyone"), e -> confirmNewCards(null));
        everyone.setId("roster-new-cards");
        Section section = new Section(new H2(getTranslation("roster.heading")), roster, names, add, everyone);
        section.setId("section-roster");
        return section;
    }

    private void showRoster() {
        roster.removeAll();
        List<RosterStudent> students = classrooms.roster(schoolClass.id());
        if (students.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("roster.empty"));
            none.setId("roster-empty");
            roster.add(none);
        }
        students.forEach(student -> roster.add(new RosterRow(student)));
    }

    private void addStudents() {
        names.setInvalid(false);
        try {
            List<StudentSecret> made = classrooms.addStudents(schoolClass.id(), Arrays.asList(names.getValue().split("\\R", -1)), getLocale());
            names.clear();
            showRoster();
            showCards(made);
        } catch (InvalidInputException e) {
            names.setInvalid(true);
            names.setErrorMessage(String.join(" ", e.problems().stream()
                    .map(p -> getTranslation(p.messageKey(), p.arguments().toArray())).toList()));
            names.focus();
        }
    }

    /** Asks first: new cards make the old ones stop working. {@code student} null means everyone. */
    private void confirmNewCards(RosterStudent student) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("roster.new-cards.confirm.title"));
        dialog.setText(student == null ? getTranslation("roster.new-cards.confirm.everyone")
                : getTranslation("roster.new-cards.confirm.one", student.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("roster.new-cards.confirm.ok"));
        dialog.addConfirmListener(e -> {
            List<org.stepwise.security.AccountId> which = student != null ? List.of(student.id())
                    : classrooms.roster(schoolClass.id()).stream().map(RosterStudent::id).toList();
            showCards(classrooms.newSecrets(schoolClass.id(), which, getLocale()));
        });
        dialog.open();
    }

    private void showCards(List<StudentSecret> made) {
        cards.removeAll();
        if (made.isEmpty()) {
            cards.setVisible(false);
            return;
        }
        cards.add(new NewCards(schoolClass, made, appAddress()));
        cards.setVisible(true);
    }

    private Section settingsSection() {
        Button save = new Button(getTranslation("class.settings.save"), e -> saveSettings());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("class-save");
        Button delete = new Button(getTranslation("class.delete"), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("class-delete");
        settingsMessage.setId("class-settings-message");
        settingsMessage.getElement().setAttribute("role", "alert");
        settingsMessage.setVisible(false);
        Section section = new Section(new H2(getTranslation("class.settings.heading")), settings, settingsMessage, save, delete);
        section.setId("section-settings");
        return section;
    }

    private void saveSettings() {
        settings.clearProblems();
        settingsMessage.setVisible(false);
        try {
            Classrooms.ClassUpdate update = classrooms.update(schoolClass.id(), schoolClass.version(), settings.details(), getLocale());
            schoolClass = update.schoolClass();
            showClass();
            showCards(update.newSecrets());
            settingsMessage.setText(getTranslation("class.settings.saved"));
            settingsMessage.setVisible(true);
        } catch (InvalidInputException e) {
            settings.show(e.problems());
        } catch (ConcurrentChangeException e) {
            // keep what the teacher typed; show the class as it is now
            settingsMessage.setText(getTranslation("class.settings.conflict"));
            settingsMessage.setVisible(true);
            schoolClass = classrooms.get(schoolClass.id());
            heading.setText(schoolClass.name());
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("class.delete.confirm.title", schoolClass.name()));
        dialog.setText(getTranslation("class.delete.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("class.delete.confirm.ok"));
        dialog.setConfirmButtonTheme(DANGER);
        dialog.addConfirmListener(e -> {
            classrooms.delete(schoolClass.id());
            getUI().ifPresent(ui -> ui.navigate(TeacherHomeView.class));
        });
        dialog.open();
    }

    /** The app's address as this teacher reached it (students use the same), without a trailing slash. */
    private static String appAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String host = request.getHeader(org.springframework.http.HttpHeaders.HOST);
        return (host == null ? "" : host) + request.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return (schoolClass == null ? "" : schoolClass.name() + " · ") + getTranslation("app.name");
    }

    /** One student on the roster: the name (editable), a new card, remove. */
    private final class RosterRow extends Div {

        private RosterStudent student;
        private final com.vaadin.flow.component.textfield.TextField name = new com.vaadin.flow.component.textfield.TextField();

        RosterRow(RosterStudent student) {
            this.student = student;
            addClassName("stepwise-roster-row");
            setId("student-" + student.id());
            name.setValue(student.displayName());
            name.setAriaLabel(getTranslation("roster.name.label"));
            name.setMaxLength(Classrooms.MAX_STUDENT_NAME_LENGTH);
            name.addClassName("roster-name");
            Button rename = new Button(getTranslation("roster.rename"), e -> rename());
            rename.addClassName("roster-rename");
            Button card = new Button(getTranslation("roster.new-card"), e -> confirmNewCards(this.student));
            card.addClassName("roster-new-card");
            Button remove = new Button(getTranslation("roster.remove"), e -> confirmRemove());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("roster-remove");
            add(name, rename, card, remove);
        }

        private void rename() {
            name.setInvalid(false);
            try {
                student = classrooms.rename(schoolClass.id(), student.id(), student.version(), name.getValue());
                name.setValue(student.displayName());
                name.setHelperText(getTranslation("roster.renamed"));
            } catch (InvalidInputException e) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().arguments().toArray()));
            } catch (ConcurrentChangeException e) {
                // the typed name stays in the field; the teacher decides again
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("roster.rename.conflict"));
                classrooms.roster(schoolClass.id()).stream().filter(s -> s.id().equals(student.id())).findFirst()
                        .ifPresent(now -> student = now);
            }
        }

        private void confirmRemove() {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("roster.remove.confirm.title", student.displayName()));
            dialog.setText(getTranslation("roster.remove.confirm.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmText(getTranslation("roster.remove.confirm.ok"));
            dialog.setConfirmButtonTheme(DANGER);
            dialog.addConfirmListener(e -> {
                classrooms.removeStudent(schoolClass.id(), student.id());
                showRoster();
            });
            dialog.open();
        }
    }
}
