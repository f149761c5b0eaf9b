package org.stepwise.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** A picture password: {@link #LENGTH} pictures in order, repeats allowed. */
public record PictureSequence(List<Picture> pictures) {

    public static final int LENGTH = 3;

    public PictureSequence {
        if (pictures.size() != LENGTH) {
            throw new IllegalArgumentException("a picture password has " + LENGTH + " pictures, not " + pictures.size());
        }
        pictures = List.copyOf(pictures);
    }

    public static PictureSequence random(RandomGenerator random) {
        Picture[] all = Picture.values();
        List<Picture> pictures = new ArrayList<>();
        for (int i = 0; i < LENGTH; i++) {
            pictures.add(all[random.nextInt(all.length)]);
        }
        return new PictureSequence(pictures);
    }

    /** The text the server hashes and checks, e.g. {@code sun-tree-fish}. */
    public String secret() {
        return pictures.stream().map(Picture::id).collect(Collectors.joining("-"));
    }

    public static Optional<PictureSequence> parse(String secret) {
        List<Picture> pictures = new ArrayList<>();
        for (String id : secret.split("-", -1)) {
            Optional<Picture> picture = Picture.fromId(id);
            if (picture.isEmpty()) {
                return Optional.empty();
            }
            pictures.add(picture.get());
        }
        return pictures.size() == LENGTH ? Optional.of(new PictureSequence(pictures)) : Optional.empty();
    }
}
