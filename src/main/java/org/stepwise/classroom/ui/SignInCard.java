package org.stepwise.classroom.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.stepwise.classroom.CardContent;
import org.stepwise.classroom.Picture;
import org.stepwise.classroom.PictureSequence;

/**
 * One student's printable sign-in card: the class and its join code, the student's name, their
 * picture password (the pictures, numbered and named) or secret word, and one line saying how to
 * sign in at {@code address}/join. Shown only when the secret is new (it is stored hashed).
 */
class SignInCard extends Composite<Article> {

    /**
     * @param address where students open Stepwise, e.g. {@code https://stepwise.example.org}
     *                (a trailing {@code /} is dropped)
     */
    SignInCard(CardContent content, String address) {
        Article card = getContent();
        card.addClassName("stepwise-signin-card");

        Span className = new Span(content.className());
        className.addClassName("stepwise-signin-class");
        Div student = new Div(content.studentName());
        student.addClassName("stepwise-signin-student");

        Div code = new Div(label("sign-in-card.code"), value(content.displayJoinCode(), "stepwise-signin-code"));
        code.addClassName("stepwise-signin-field");
        card.add(className, student, code);

        String base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        PictureSequence pictures = content.pictures();
        String instructions;
        if (pictures != null) {
            card.add(new Div(label("sign-in-card.pictures")), pictures(pictures.pictures()));
            instructions = getTranslation("sign-in-card.instructions.pictures", base, PictureSequence.LENGTH);
        } else {
            Div word = new Div(label("sign-in-card.word"), value(String.valueOf(content.secretWord()), "stepwise-signin-word"));
            word.addClassName("stepwise-signin-field");
            card.add(word);
            instructions = getTranslation("sign-in-card.instructions.word", base);
        }
        Paragraph how = new Paragraph(instructions);
        how.addClassName("stepwise-signin-instructions");
        card.add(how);
    }

    private OrderedList pictures(List<Picture> pictures) {
        OrderedList list = new OrderedList();
        list.addClassName("stepwise-signin-pictures");
        for (Picture picture : pictures) {
            Span name = new Span(getTranslation(picture.translationKey()));
            name.addClassName("stepwise-signin-picture-name");
            ListItem item = new ListItem(new Image(picture.imagePath(), ""), name);
            item.addClassName("picture-" + picture.id());
            list.add(item);
        }
        return list;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("stepwise-signin-label");
        return label;
    }

    private static Span value(String text, String className) {
        Span value = new Span(text);
        value.addClassName(className);
        return value;
    }
}
