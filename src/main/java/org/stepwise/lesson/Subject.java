package org.stepwise.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The school subjects a lesson belongs to, with the ids lesson files use. */
public enum Subject {
    MATHS("maths"),
    LANGUAGE("language"),
    SCIENCE("science"),
    GEOGRAPHY("geography"),
    SOCIAL_STUDIES("social-studies"),
    ART("art"),
    MUSIC("music"),
    EVERYDAY_LIFE("everyday-life"),
    COMPUTING("computing");

    private final String id;

    Subject(String id) {
        this.id = id;
    }

    /** The id in lesson files, e.g. {@code social-studies}. */
    public String id() {
        return id;
    }

    public static Optional<Subject> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
