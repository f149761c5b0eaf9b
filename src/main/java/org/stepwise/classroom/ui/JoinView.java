package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.stepwise.classroom.ClassJoin;
import org.stepwise.classroom.JoinLookup;
import org.stepwise.classroom.JoinOutcome;
import org.stepwise.classroom.JoinableClass;
import org.stepwise.classroom.PictureSequence;
import org.stepwise.classroom.SignInKind;

/**
 * How students sign in, in three steps a child can follow: type the class code, pick your name,
 * then pick your three pictures or type your secret word. A student lands on "My lessons".
 */
@Route("join")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassJoin join;
    private final Div step = new Div();
    private final Paragraph message = new Paragraph();
    private JoinableClass joining;

    JoinView(ClassJoin join) {
        this.join = join;
        addClassName("stepwise-page");
        addClassName("stepwise-join");
        step.setId("join-step");
        message.setId("join-message");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("stepwise-error");
        message.setVisible(false);
        add(new H1(getTranslation("join.heading")), message, step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        askForCode(event.getLocation().getQueryParameters().getSingleParameter("code").orElse(""));
    }

    private void askForCode(String typed) {
        joining = null;
        TextField code = new TextField(getTranslation("join.code.label"));
        code.setId("join-code");
        code.setHelperText(getTranslation("join.code.helper"));
        code.setValue(typed);
        code.setMaxLength(12);
        code.addClassName("stepwise-code-field");
        Button next = new Button(getTranslation("join.code.next"), e -> findClass(code));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.setId("join-next");
        next.addClickShortcut(Key.ENTER);
        show(new H2(getTranslation("join.code.step")), code, next);
        code.focus();
    }

    private void findClass(TextField code) {
        String address = VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr();
        switch (join.find(code.getValue(), address)) {
            case JoinLookup.Found found -> askForName(found.joinable());
            case JoinLookup.Unknown unknown -> {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("join.code.unknown"));
                code.focus();
            }
            case JoinLookup.TooManyTries tooMany -> {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("join.too-many", minutes(tooMany.retryAfter())));
            }
        }
    }

    private void askForName(JoinableClass found) {
        joining = found;
        hideMessage();
        Div names = new Div();
        names.addClassName("stepwise-name-buttons");
        names.setId("join-names");
        for (JoinableClass.Name name : found.roster()) {
            Button button = new Button(name.displayName(), e -> askForSecret(name));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.setId("join-student-" + name.student());
            names.add(button);
        }
        Paragraph none = new Paragraph(getTranslation("join.name.none"));
        none.setVisible(found.roster().isEmpty());
        Button back = new Button(getTranslation("join.back"), e -> askForCode(""));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("join-back");
        show(new H2(getTranslation("join.name.step", found.className())), names, none, back);
        names.getChildren().findFirst().ifPresent(first -> ((Button) first).focus());
    }

    private void askForSecret(JoinableClass.Name name) {
        hideMessage();
        Button back = new Button(getTranslation("join.not-me"), e -> askForName(joining));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("join-back");
        H2 title = new H2(getTranslation("join.secret.step", name.displayName()));
        if (joining.signIn() == SignInKind.PICTURES) {
            PicturePad pad = new PicturePad();
            pad.addSequenceListener(sequence -> signIn(name, sequence.secret(), pad::clear));
            show(title, new Paragraph(getTranslation("join.pictures.helper", PictureSequence.LENGTH)), pad, back);
        } else {
            PasswordField word = new PasswordField(getTranslation("join.word.label"));
            word.setId("join-word");
            word.setRevealButtonVisible(true);
            Button signIn = new Button(getTranslation("join.word.submit"), e -> signIn(name, word.getValue(), word::clear));
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            signIn.setId("join-sign-in");
            signIn.addClickShortcut(Key.ENTER);
            show(title, word, signIn, back);
            word.focus();
        }
    }

    private void signIn(JoinableClass.Name name, String secret, Runnable clearEntry) {
        JoinOutcome outcome = join.signIn(joining.code(), name.student(), secret,
                VaadinServletRequest.getCurrent().getHttpServletRequest(), VaadinServletResponse.getCurrent().getHttpServletResponse());
        switch (outcome) {
            // a full page load, so that everything on the page is built for the signed-in student
            case JoinOutcome.SignedIn signedIn -> getUI().ifPresent(ui -> ui.getPage().setLocation("my-lessons"));
            case JoinOutcome.WrongSecret wrong -> {
                clearEntry.run();
                showMessage(getTranslation(joining.signIn() == SignInKind.PICTURES ? "join.pictures.wrong" : "join.word.wrong"));
            }
            case JoinOutcome.TooManyTries tooMany -> {
                clearEntry.run();
                showMessage(getTranslation("join.too-many", minutes(tooMany.retryAfter())));
            }
        }
    }

    private static long minutes(java.time.Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private void show(com.vaadin.flow.component.Component... components) {
        step.removeAll();
        step.add(components);
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void hideMessage() {
        message.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
