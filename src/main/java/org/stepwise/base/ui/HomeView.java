package org.stepwise.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.stepwise.security.AccountService;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Roles;

/** What Stepwise is, and the way into a lesson for anyone, signed in or not. */
@Route("")
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Div firstRun = new Div();
    private final Div forTeachers = new Div();
    private final Div forSignedInTeacher = new Div();
    private final Div forStudents = new Div();

    HomeView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("stepwise-page");
        add(new H1(getTranslation("home.heading")));
        add(new Paragraph(getTranslation("home.intro")));

        Button start = new Button(getTranslation("home.start"), e -> navigate("lessons"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setId("start-lesson");
        Paragraph noAccount = new Paragraph(getTranslation("home.start.hint"));
        noAccount.addClassName("stepwise-hint");
        add(start, noAccount);
        Button join = new Button(getTranslation("home.join"), e -> navigate("join"));
        join.addThemeVariants(ButtonVariant.LUMO_LARGE);
        join.setId("join-class");
        forStudents.add(join);
        add(forStudents);

        add(new H2(getTranslation("home.pillars.heading")));
        add(new UnorderedList(
                new ListItem(getTranslation("home.pillars.decomposition")),
                new ListItem(getTranslation("home.pillars.pattern")),
                new ListItem(getTranslation("home.pillars.abstraction")),
                new ListItem(getTranslation("home.pillars.algorithm"))));

        Button create = new Button(getTranslation("home.first-run.action"), e -> navigate("signup"));
        create.setId("create-first-teacher");
        firstRun.add(new H2(getTranslation("home.first-run.heading")), new Paragraph(getTranslation("home.first-run.text")), create);
        firstRun.addClassName("stepwise-callout");
        firstRun.setId("first-run");

        forTeachers.add(new H2(getTranslation("home.teachers.heading")), new Paragraph(getTranslation("home.teachers.text")));
        forTeachers.setId("for-teachers");

        Button dashboard = new Button(getTranslation("home.teachers.dashboard"), e -> navigate("teacher"));
        dashboard.setId("go-to-classes");
        forSignedInTeacher.add(new H2(getTranslation("home.teachers.heading")), dashboard);
        forSignedInTeacher.setId("for-signed-in-teacher");

        add(firstRun, forTeachers, forSignedInTeacher);
    }

    /** Decided on every visit, not once per instance: the first account may have been created meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean fresh = accounts.needsFirstTeacher();
        boolean teacher = currentUser.hasRole(Roles.TEACHER);
        firstRun.setVisible(fresh);
        forSignedInTeacher.setVisible(!fresh && teacher);
        forTeachers.setVisible(!fresh && currentUser.get().isEmpty());
        forStudents.setVisible(currentUser.get().isEmpty());
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
