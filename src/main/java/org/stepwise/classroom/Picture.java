package org.stepwise.classroom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The twelve pictures a younger pupil's picture password is made of. Each has a drawing at
 * {@code /pictures/<id>.svg} and a name in the translation bundle ({@code picture.<id>}), which is
 * also what a screen reader says. The order is the order of the picture pad and must not change
 * (ids are part of stored secrets; the order is what children learn to find).
 */
public enum Picture {
    SUN, MOON, STAR, TREE, FLOWER, FISH, APPLE, HOUSE, BOAT, HEART, UMBRELLA, KEY;

    /** The id in secrets, file names and translation keys, e.g. {@code umbrella}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The translation key of the picture's name, e.g. {@code picture.umbrella}. */
    public String translationKey() {
        return "picture." + id();
    }

    /** The drawing's address relative to the application root, e.g. {@code pictures/umbrella.svg}. */
    public String imagePath() {
        return "pictures/" + id() + ".svg";
    }

    /** The picture with this id (exactly as {@link #id()} writes it), or empty. */
    public static Optional<Picture> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
