package org.stepwise.presentation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.classroom.ClassId;
import org.stepwise.lesson.LessonId;
import org.stepwise.lesson.Section;
import org.stepwise.security.AccountId;

/**
 * The shared state of a presentation, as every window shows it.
 *
 * @param version   grows with every change; a window shows a state only if it is newer than what it shows
 * @param classId   the class it is presented to; null for none (then no live panel and no questions)
 * @param section   the section on screen (never the teacher notes)
 * @param blank     the audience screen is black (the teacher wants the class's eyes)
 * @param showNames students' names may appear on the audience view (off by default)
 * @param showClass the live class panel is on the audience view too
 * @param follow    students' lesson pages move to the section on screen
 * @param program   a program stepped on the big screen instead of the section, or null
 * @param question  the latest question about the program on screen, or null
 * @param endedAt   when the teacher ended it; null while it runs
 */
public record Presentation(PresentationId id, long version, AccountId teacher, LessonId lesson, @Nullable ClassId classId,
        Section section, boolean blank, boolean showNames, boolean showClass, boolean follow, @Nullable ProgramOnScreen program,
        @Nullable Question question, Instant startedAt, @Nullable Instant endedAt) {

    /** The sections a presentation shows, in order: all but the teacher notes. */
    public static final List<Section> SECTIONS = Arrays.stream(Section.values()).filter(Section::forStudents).toList();

    public Presentation {
        if (!section.forStudents()) {
            throw new IllegalArgumentException("the " + section.id() + " section is never presented");
        }
    }

    /**
     * Whether students' pages would show both alike: the same section, follow, a program on screen
     * or not, the same question in the same state, and both running or both ended.
     */
    public boolean sameForStudents(Presentation other) {
        return lesson.equals(other.lesson) && section == other.section && follow == other.follow
                && (program == null) == (other.program == null) && java.util.Objects.equals(question, other.question)
                && ended() == other.ended();
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** A question students may answer now: asked, not revealed yet. */
    public boolean questionOpen() {
        return question != null && !question.revealed();
    }

    public int sectionIndex() {
        return SECTIONS.indexOf(section);
    }

    /** The section after this one, or null at the last. */
    public @Nullable Section nextSection() {
        int i = sectionIndex();
        return i + 1 < SECTIONS.size() ? SECTIONS.get(i + 1) : null;
    }

    public Presentation withSection(Section newSection) {
        return new Presentation(id, version, teacher, lesson, classId, newSection, blank, showNames, showClass, follow, program, question, startedAt, endedAt);
    }

    public Presentation withBlank(boolean newBlank) {
        return new Presentation(id, version, teacher, lesson, classId, section, newBlank, showNames, showClass, follow, program, question, startedAt, endedAt);
    }

    public Presentation withShowNames(boolean newShowNames) {
        return new Presentation(id, version, teacher, lesson, classId, section, blank, newShowNames, showClass, follow, program, question, startedAt, endedAt);
    }

    public Presentation withShowClass(boolean newShowClass) {
        return new Presentation(id, version, teacher, lesson, classId, section, blank, showNames, newShowClass, follow, program, question, startedAt, endedAt);
    }

    public Presentation withFollow(boolean newFollow) {
        return new Presentation(id, version, teacher, lesson, classId, section, blank, showNames, showClass, newFollow, program, question, startedAt, endedAt);
    }

    public Presentation withProgram(@Nullable ProgramOnScreen newProgram) {
        return new Presentation(id, version, teacher, lesson, classId, section, blank, showNames, showClass, follow, newProgram, question, startedAt, endedAt);
    }

    public Presentation withQuestion(@Nullable Question newQuestion) {
        return new Presentation(id, version, teacher, lesson, classId, section, blank, showNames, showClass, follow, program, newQuestion, startedAt, endedAt);
    }

    public Presentation endedAt(Instant when) {
        return new Presentation(id, version, teacher, lesson, classId, section, blank, showNames, showClass, follow, program, question, startedAt, when);
    }
}
