package org.stepwise.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.stepwise.classroom.Picture;
import org.stepwise.classroom.PictureSequence;

@SpringBootTest
class PicturePadTest extends SpringBrowserlessTest {

    private PicturePad pad;
    private final List<PictureSequence> entered = new ArrayList<>();

    @BeforeEach
    void showPad() {
        pad = new PicturePad();
        pad.addSequenceListener(entered::add);
        UI.getCurrent().add(pad);
    }

    private Button button(String id) {
        return $(Button.class, pad).id(id);
    }

    private void click(String id) {
        test(button(id)).click();
    }

    private List<String> slotPictures() {
        Div slots = $(Div.class, pad).id("picture-slots");
        return slots.getChildren()
                .map(slot -> slot.getChildren().filter(Image.class::isInstance).map(c -> ((Image) c).getSrc()).findFirst().orElse("empty"))
                .toList();
    }

    @Test
    void the_twelve_pictures_are_buttons_named_for_screen_readers() {
        for (Picture picture : Picture.values()) {
            Button button = button("picture-" + picture.id());
            assertThat(button.getAriaLabel()).isPresent();
            assertThat(button.getTooltip().getText()).isEqualTo(button.getAriaLabel().orElseThrow());
        }
        assertThat(button("picture-umbrella").getAriaLabel()).contains("Umbrella");
        assertThat(slotPictures()).containsExactly("empty", "empty", "empty");
        assertThat(button("picture-back").isEnabled()).isFalse();
        assertThat(button("picture-clear").isEnabled()).isFalse();
    }

    @Test
    void picking_three_pictures_tells_the_listener_the_sequence_in_order() {
        click("picture-sun");
        click("picture-tree");
        assertThat(entered).isEmpty();
        assertThat(slotPictures()).containsExactly("pictures/sun.svg", "pictures/tree.svg", "empty");

        click("picture-fish");

        assertThat(entered).containsExactly(PictureSequence.of(Picture.SUN, Picture.TREE, Picture.FISH));
        assertThat(entered.getFirst().secret()).isEqualTo("sun-tree-fish");
        assertThat(slotPictures()).containsExactly("pictures/sun.svg", "pictures/tree.svg", "pictures/fish.svg");
    }

    @Test
    void the_same_picture_can_be_picked_more_than_once() {
        click("picture-key");
        click("picture-key");
        click("picture-moon");

        assertThat(entered).containsExactly(PictureSequence.of(Picture.KEY, Picture.KEY, Picture.MOON));
    }

    @Test
    void a_full_pad_takes_no_more_pictures_until_one_is_taken_back() {
        click("picture-sun");
        click("picture-sun");
        click("picture-sun");

        assertThat(button("picture-heart").isEnabled()).isFalse();

        click("picture-back");
        assertThat(button("picture-heart").isEnabled()).isTrue();
        click("picture-heart");

        assertThat(entered).containsExactly(PictureSequence.of(Picture.SUN, Picture.SUN, Picture.SUN),
                PictureSequence.of(Picture.SUN, Picture.SUN, Picture.HEART));
    }

    @Test
    void back_takes_the_last_picture_back() {
        click("picture-apple");
        click("picture-boat");

        click("picture-back");

        assertThat(pad.picked()).containsExactly(Picture.APPLE);
        assertThat(slotPictures()).containsExactly("pictures/apple.svg", "empty", "empty");
        click("picture-back");
        assertThat(pad.picked()).isEmpty();
        assertThat(button("picture-back").isEnabled()).isFalse();
    }

    @Test
    void start_again_empties_every_slot() {
        click("picture-apple");
        click("picture-boat");

        click("picture-clear");

        assertThat(pad.picked()).isEmpty();
        assertThat(slotPictures()).containsExactly("empty", "empty", "empty");
        click("picture-star");
        click("picture-star");
        click("picture-flower");
        assertThat(entered).containsExactly(PictureSequence.of(Picture.STAR, Picture.STAR, Picture.FLOWER));
    }

    @Test
    void the_view_can_clear_the_pad_after_a_wrong_sequence() {
        click("picture-house");
        click("picture-house");
        click("picture-house");

        pad.clear();

        assertThat(pad.picked()).isEmpty();
        assertThat(button("picture-house").isEnabled()).isTrue();
        assertThat(button("picture-clear").isEnabled()).isFalse();
    }

    @Test
    void a_removed_listener_hears_nothing() {
        List<PictureSequence> heard = new ArrayList<>();
        Registration registration = pad.addSequenceListener(heard::add);
        registration.remove();

        click("picture-sun");
        click("picture-moon");
        click("picture-star");

        assertThat(heard).isEmpty();
        assertThat(entered).hasSize(1);
    }

    @Test
    void slots_say_what_was_picked() {
        click("picture-umbrella");

        Div slots = $(Div.class, pad).id("picture-slots");
        List<String> labels = slots.getChildren().map(slot -> slot.getElement().getAttribute("aria-label")).toList();
        assertThat(labels).containsExactly("Picture 1: Umbrella", "Picture 2: not picked yet", "Picture 3: not picked yet");
    }

    @Test
    void in_spanish_the_pictures_have_spanish_names() {
        UI.getCurrent().setLocale(Locale.of("es"));
        PicturePad spanish = new PicturePad();
        UI.getCurrent().add(spanish);

        assertThat($(Button.class, spanish).id("picture-tree").getAriaLabel()).contains("Árbol");
        assertThat($(Button.class, spanish).id("picture-clear").getText()).isEqualTo("Empezar de nuevo");
    }
}
