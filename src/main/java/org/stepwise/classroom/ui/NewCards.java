package org.stepwise.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.stepwise.classroom.CardContent;
import org.stepwise.classroom.PictureSequence;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.classroom.StudentSecret;

/**
 * Sign-in cards for secrets just made, ready to print. The server keeps only hashes, so this is
 * the one time these secrets can be shown; the text says so.
 */
final class NewCards extends Div {

    NewCards(SchoolClass schoolClass, List<StudentSecret> secrets, String address) {
        addClassName("stepwise-new-cards");
        H2 heading = new H2(getTranslation("cards.heading", secrets.size()));
        Paragraph once = new Paragraph(getTranslation("cards.only-now"));
        once.addClassName("stepwise-callout");
        once.addClassName("stepwise-screen-only");
        Button print = new Button(getTranslation("cards.print"), VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.setId("print-cards");
        PrintOnClick printer = new PrintOnClick(print);
        printer.addClassName("stepwise-screen-only");
        heading.addClassName("stepwise-screen-only");
        List<CardContent> cards = secrets.stream().map(s -> card(schoolClass, s)).toList();
        add(heading, once, printer, new SignInCards(cards, address));
    }

    private static CardContent card(SchoolClass schoolClass, StudentSecret secret) {
        String code = schoolClass.joinCode().value();
        return secret.kind() == SignInKind.PICTURES
                ? CardContent.withPictures(schoolClass.name(), code, secret.displayName(), PictureSequence.parse(secret.secret()).orElseThrow())
                : CardContent.withSecretWord(schoolClass.name(), code, secret.displayName(), secret.secret());
    }
}
