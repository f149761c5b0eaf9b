package org.stepwise.lesson;

import java.util.Arrays;
import java.util.Optional;

/** The nine sections of every lesson, in the order they appear. */
public enum Section {
    /** The everyday story. */
    PROBLEM("problem", true),
    /** Break the problem into smaller ones. */
    DECOMPOSE("decompose", true),
    /** Find the pattern. */
    PATTERN("pattern", true),
    /** What matters and what can be left out. */
    ABSTRACT("abstract", true),
    /** Design the algorithm. */
    ALGORITHM("algorithm", true),
    /** A short lead-in; the exercises follow it. */
    TRY_IT("try-it", true),
    /**
     * Questions (level-3 headings) with answers students reveal after thinking: see
     * {@link Lesson#reflect(java.util.Locale)}. The section's own Markdown is only the introduction
     * before the first question (possibly empty), so showing it never gives an answer away.
     */
    REFLECT("reflect", true),
    /** A no-computer activity for the classroom. */
    UNPLUGGED("unplugged", true),
    /** For teachers only, never shown to students. */
    TEACHER_NOTES("teacher-notes", false);

    private final String id;
    private final boolean forStudents;

    Section(String id, boolean forStudents) {
        this.id = id;
        this.forStudents = forStudents;
    }

    /** The id written in braces after the heading, e.g. {@code ## Try it {#try-it}}. */
    public String id() {
        return id;
    }

    /** False only for the teacher notes. */
    public boolean forStudents() {
        return forStudents;
    }

    public static Optional<Section> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
