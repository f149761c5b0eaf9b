package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.stepwise.classroom.CardContent;
import org.stepwise.classroom.Picture;
import org.stepwise.classroom.PictureSequence;

@SpringBootTest
class SignInCardTest extends SpringBrowserlessTest {

    private static final String ADDRESS = "https://stepwise.example.org";

    private SignInCard show(CardContent content) {
        SignInCard card = new SignInCard(content, ADDRESS + "/");
        UI.getCurrent().add(card);
        return card;
    }

    private static String text(Component card, String className) {
        return descendants(card.getElement())
                .filter(e -> e.getClassList().contains(className))
                .map(Element::getTextRecursively)
                .findFirst().orElseThrow(() -> new AssertionError("no ." + className + " on the card"));
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    @Test
    void a_picture_card_shows_the_class_the_code_the_name_and_the_pictures_in_order() {
        SignInCard card = show(CardContent.withPictures("Class 4B", "kq7m2x", "Lucía",
                PictureSequence.of(Picture.SUN, Picture.TREE, Picture.FISH)));

        assertThat(text(card, "stepwise-signin-class")).isEqualTo("Class 4B");
        assertThat(text(card, "stepwise-signin-code")).isEqualTo("KQ7-M2X");
        assertThat(text(card, "stepwise-signin-student")).isEqualTo("Lucía");
        List<ListItem> pictures = $(ListItem.class, card).all();
        assertThat(pictures).extracting(item -> $(Image.class, item).single().getSrc())
                .containsExactly("pictures/sun.svg", "pictures/tree.svg", "pictures/fish.svg");
        assertThat(pictures).extracting(item -> $(Span.class, item).single().getText()).containsExactly("Sun", "Tree", "Fish");
        assertThat($(Paragraph.class, card).single().getText()).isEqualTo(
                "Go to https://stepwise.example.org/join, type the class code, pick your name, then pick your 3 pictures in this order.");
        assertThat(card.getElement().getTextRecursively()).doesNotContain("secret word");
    }

    @Test
    void a_secret_word_card_shows_the_word_and_no_pictures() {
        SignInCard card = show(CardContent.withSecretWord("Class 6A", "ABC-DEF", "Sam", "brave otter"));

        assertThat(text(card, "stepwise-signin-code")).isEqualTo("ABC-DEF");
        assertThat(text(card, "stepwise-signin-student")).isEqualTo("Sam");
        assertThat(text(card, "stepwise-signin-word")).isEqualTo("brave otter");
        assertThat($(Image.class, card).all()).isEmpty();
        assertThat($(Paragraph.class, card).single().getText()).isEqualTo(
                "Go to https://stepwise.example.org/join, type the class code, pick your name, then type your secret word.");
    }

    @Test
    void a_card_in_spanish_speaks_spanish() {
        UI.getCurrent().setLocale(Locale.of("es"));

        SignInCard card = show(CardContent.withPictures("4.º B", "KQ7M2X", "Lucía", PictureSequence.of(Picture.HEART, Picture.KEY, Picture.TREE)));

        assertThat($(ListItem.class, card).all()).extracting(item -> $(Span.class, item).single().getText())
                .containsExactly("Corazón", "Llave", "Árbol");
        assertThat($(Paragraph.class, card).single().getText()).startsWith("Entra en https://stepwise.example.org/join, escribe el código de la clase");
    }

    @Test
    void the_cards_of_a_class_are_shown_together() {
        SignInCards cards = new SignInCards(List.of(
                CardContent.withSecretWord("Class 6A", "ABCDEF", "Sam", "brave otter"),
                CardContent.withSecretWord("Class 6A", "ABCDEF", "Ana", "calm comet"),
                CardContent.withPictures("Class 6A", "ABCDEF", "Ben", PictureSequence.of(Picture.BOAT, Picture.BOAT, Picture.STAR))), ADDRESS);
        UI.getCurrent().add(cards);

        assertThat($(SignInCard.class, cards).all()).hasSize(3);
        assertThat(cards.getElement().getTextRecursively()).contains("Sam", "brave otter", "Ana", "calm comet", "Ben", "Boat", "Star");
    }
}
