package org.stepwise.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.stepwise.classroom.CardContent;
import org.stepwise.classroom.Picture;
import org.stepwise.classroom.PictureSequence;

/**
 * Test-only page for PicturePasswordsIT (test sources, so the app never has it): a {@link PicturePad} that writes each
 * entered sequence into {@code #entered}, and below it a few {@link SignInCards} to look at and
 * print. {@code /test/pictures?lang=es} shows it in Spanish.
 */
@Route("test/pictures")
@AnonymousAllowed
class PicturesTestView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getLocation().getQueryParameters().getSingleParameter("lang").ifPresent(lang -> event.getUI().setLocale(Locale.forLanguageTag(lang)));
        addClassName("stepwise-page");

        Div screenOnly = new Div();
        screenOnly.addClassName("stepwise-screen-only");
        PicturePad pad = new PicturePad();
        Span entered = new Span();
        entered.setId("entered");
        pad.addSequenceListener(sequence -> entered.setText(sequence.secret()));
        screenOnly.add(new H1("test/pictures"), pad, entered);

        String address = "https://stepwise.example.org";
        List<CardContent> cards = List.of(
                CardContent.withPictures("Class 4B", "kq7m2x", "Lucía Fernández", PictureSequence.of(Picture.SUN, Picture.TREE, Picture.FISH)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Ben", PictureSequence.of(Picture.UMBRELLA, Picture.HEART, Picture.KEY)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Amira", PictureSequence.of(Picture.MOON, Picture.BOAT, Picture.MOON)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Tom", PictureSequence.of(Picture.APPLE, Picture.HOUSE, Picture.STAR)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Zoe", PictureSequence.of(Picture.FLOWER, Picture.FISH, Picture.SUN)),
                CardContent.withSecretWord("Class 6A", "ABC-DEF", "Sam", "brave otter"),
                CardContent.withSecretWord("Class 6A", "ABC-DEF", "Noah", "tigre valiente"),
                CardContent.withSecretWord("Class 6A", "ABC-DEF", "Maria", "calm comet"),
                CardContent.withSecretWord("Class 6A", "ABC-DEF", "Leo", "golden kite"),
                CardContent.withSecretWord("Class 6A", "ABC-DEF", "Ivy", "quiet lantern"),
                CardContent.withPictures("Class 4B", "kq7m2x", "Oscar", PictureSequence.of(Picture.KEY, Picture.KEY, Picture.TREE)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Mia", PictureSequence.of(Picture.BOAT, Picture.STAR, Picture.APPLE)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Hugo", PictureSequence.of(Picture.HOUSE, Picture.MOON, Picture.HEART)),
                CardContent.withPictures("Class 4B", "kq7m2x", "Ella", PictureSequence.of(Picture.FISH, Picture.UMBRELLA, Picture.FLOWER)));
        SignInCards signInCards = new SignInCards(cards, address);
        signInCards.setId("cards");
        add(screenOnly, signInCards);
    }
}
