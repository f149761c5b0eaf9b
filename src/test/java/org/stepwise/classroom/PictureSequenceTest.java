package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.classroom.Picture.APPLE;
import static org.stepwise.classroom.Picture.FISH;
import static org.stepwise.classroom.Picture.KEY;
import static org.stepwise.classroom.Picture.SUN;
import static org.stepwise.classroom.Picture.TREE;
import static org.stepwise.classroom.Picture.UMBRELLA;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PictureSequenceTest {

    @Test
    void there_are_twelve_pictures_in_the_order_of_the_pad_with_lower_case_ids() {
        assertThat(Arrays.stream(Picture.values()).map(Picture::id)).containsExactly(
                "sun", "moon", "star", "tree", "flower", "fish", "apple", "house", "boat", "heart", "umbrella", "key");
        assertThat(UMBRELLA.translationKey()).isEqualTo("picture.umbrella");
        assertThat(UMBRELLA.imagePath()).isEqualTo("pictures/umbrella.svg");
    }

    @Test
    void a_picture_is_found_by_its_id_and_only_by_its_id() {
        assertThat(Picture.fromId("umbrella")).contains(UMBRELLA);
        assertThat(Picture.fromId("UMBRELLA")).isEmpty();
        assertThat(Picture.fromId("dog")).isEmpty();
        assertThat(Picture.fromId("")).isEmpty();
    }

    @Test
    void the_secret_is_the_ids_joined_by_dashes_and_parses_back() {
        PictureSequence sequence = PictureSequence.of(SUN, TREE, FISH);

        assertThat(sequence.secret()).isEqualTo("sun-tree-fish");
        assertThat(PictureSequence.parse("sun-tree-fish")).contains(sequence);
        assertThat(PictureSequence.parse("  Sun-TREE-fish ")).contains(sequence);
    }

    @Test
    void every_one_of_the_1728_sequences_survives_a_round_trip_through_its_secret() {
        Set<String> secrets = new HashSet<>();
        for (Picture a : Picture.values()) {
            for (Picture b : Picture.values()) {
                for (Picture c : Picture.values()) {
                    PictureSequence sequence = PictureSequence.of(a, b, c);
                    assertThat(PictureSequence.parse(sequence.secret())).contains(sequence);
                    secrets.add(sequence.secret());
                }
            }
        }
        assertThat(secrets).hasSize(12 * 12 * 12);
    }

    @Test
    void repeats_are_allowed() {
        PictureSequence sequence = PictureSequence.of(KEY, KEY, KEY);

        assertThat(sequence.secret()).isEqualTo("key-key-key");
        assertThat(PictureSequence.parse("key-key-key")).contains(sequence);
    }

    @Test
    void a_sequence_has_exactly_three_pictures() {
        assertThatThrownBy(() -> new PictureSequence(List.of(SUN, TREE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 3 pictures, not 2");
        assertThatThrownBy(() -> new PictureSequence(List.of(SUN, TREE, FISH, APPLE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 3 pictures, not 4");
        assertThatThrownBy(() -> new PictureSequence(Arrays.asList(SUN, null, FISH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no empty places");
    }

    @Test
    void a_sequence_cannot_be_changed_through_the_list_it_was_made_from() {
        java.util.ArrayList<Picture> pictures = new java.util.ArrayList<>(List.of(SUN, TREE, FISH));
        PictureSequence sequence = new PictureSequence(pictures);

        pictures.set(0, KEY);

        assertThat(sequence.pictures()).containsExactly(SUN, TREE, FISH);
    }

    @Test
    void text_that_is_not_three_known_ids_does_not_parse() {
        assertThat(PictureSequence.parse("")).isEmpty();
        assertThat(PictureSequence.parse("sun-tree")).isEmpty();
        assertThat(PictureSequence.parse("sun-tree-fish-key")).isEmpty();
        assertThat(PictureSequence.parse("sun-dog-fish")).isEmpty();
        assertThat(PictureSequence.parse("sun--fish")).isEmpty();
        assertThat(PictureSequence.parse("sun-tree-")).isEmpty();
        assertThat(PictureSequence.parse("sun tree fish")).isEmpty();
    }

    @Test
    void random_sequences_use_every_picture_in_every_place() {
        SplittableRandom random = new SplittableRandom(5);
        List<Set<Picture>> seen = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());

        for (int i = 0; i < 2_000; i++) {
            List<Picture> pictures = PictureSequence.random(random).pictures();
            for (int place = 0; place < PictureSequence.LENGTH; place++) {
                seen.get(place).add(pictures.get(place));
            }
        }

        assertThat(seen).allSatisfy(pictures -> assertThat(pictures).containsExactlyInAnyOrder(Picture.values()));
    }
}
