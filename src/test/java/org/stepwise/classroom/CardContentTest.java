package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardContentTest {

    private static final PictureSequence PICTURES = PictureSequence.of(Picture.SUN, Picture.TREE, Picture.FISH);

    @Test
    void the_join_code_is_shown_in_two_halves_in_capitals() {
        assertThat(CardContent.withPictures("4B", "kq7m2x", "Lucía", PICTURES).displayJoinCode()).isEqualTo("KQ7-M2X");
        assertThat(CardContent.withPictures("4B", "KQ7-M2X", "Lucía", PICTURES).displayJoinCode()).isEqualTo("KQ7-M2X");
        assertThat(CardContent.withPictures("4B", "kq7 m2x", "Lucía", PICTURES).displayJoinCode()).isEqualTo("KQ7-M2X");
    }

    @Test
    void a_card_has_either_pictures_or_a_secret_word() {
        assertThatThrownBy(() -> new CardContent("4B", "KQ7M2X", "Lucía", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Lucía").hasMessageContaining("neither");
        assertThatThrownBy(() -> new CardContent("4B", "KQ7M2X", "Lucía", PICTURES, "brave otter"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
    }

    @Test
    void a_card_needs_a_class_a_code_and_a_name() {
        assertThatThrownBy(() -> CardContent.withSecretWord(" ", "KQ7M2X", "Lucía", "brave otter")).hasMessageContaining("className");
        assertThatThrownBy(() -> CardContent.withSecretWord("4B", "", "Lucía", "brave otter")).hasMessageContaining("joinCode");
        assertThatThrownBy(() -> CardContent.withSecretWord("4B", "KQ7M2X", " ", "brave otter")).hasMessageContaining("studentName");
        assertThatThrownBy(() -> CardContent.withSecretWord("4B", "KQ7M2X", "Lucía", " ")).hasMessageContaining("secretWord");
    }
}
