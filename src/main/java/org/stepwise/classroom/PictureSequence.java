package org.stepwise.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A picture password: {@link #LENGTH} pictures in order, repeats allowed (12³ = 1,728 sequences).
 * Its {@link #secret()} is the text the server hashes and checks, like a password.
 */
public record PictureSequence(List<Picture> pictures) {

    /** How many pictures a picture password has. */
    public static final int LENGTH = 3;

    private static final String SEPARATOR = "-";

    public PictureSequence {
        Objects.requireNonNull(pictures, "pictures");
        if (pictures.size() != LENGTH) {
            throw new IllegalArgumentException("A picture password has exactly " + LENGTH + " pictures, not "
                    + pictures.size() + ": " + pictures);
        }
        if (pictures.stream().anyMatch(Objects::isNull)) { // List.of(...).contains(null) would throw
            throw new IllegalArgumentException("A picture password has no empty places: " + pictures);
        }
        pictures = List.copyOf(pictures);
    }

    public static PictureSequence of(Picture first, Picture second, Picture third) {
        return new PictureSequence(List.of(first, second, third));
    }

    /** A sequence drawn with {@code random} (give it a {@code SecureRandom} for real secrets). */
    public static PictureSequence random(RandomGenerator random) {
        Picture[] all = Picture.values();
        List<Picture> drawn = new ArrayList<>(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            drawn.add(all[random.nextInt(all.length)]);
        }
        return new PictureSequence(drawn);
    }

    /** The ids joined by {@code -}, e.g. {@code sun-tree-fish}: what is hashed and checked. */
    public String secret() {
        return pictures.stream().map(Picture::id).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * The sequence written by {@link #secret()} (surrounding spaces and capitals are forgiven), or
     * empty when it is not {@link #LENGTH} known picture ids joined by {@code -}.
     */
    public static Optional<PictureSequence> parse(String secret) {
        String[] ids = secret.strip().toLowerCase(Locale.ROOT).split(SEPARATOR, -1);
        if (ids.length != LENGTH) {
            return Optional.empty();
        }
        List<Picture> pictures = new ArrayList<>(LENGTH);
        for (String id : ids) {
            Optional<Picture> picture = Picture.fromId(id);
            if (picture.isEmpty()) {
                return Optional.empty();
            }
            pictures.add(picture.get());
        }
        return Optional.of(new PictureSequence(pictures));
    }
}
