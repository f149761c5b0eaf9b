package org.stepwise.lesson;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A lesson, read from its files: metadata, the nine sections in English and in any translations,
 * and its exercises. Immutable.
 *
 * @param id         the folder name
 * @param version    the stored version (1, 2, …); 0 for a lesson read straight from files
 * @param title      the title by language
 * @param summary    one sentence for the catalog, by language
 * @param ages       the ages it is written for
 * @param duration   class time
 * @param subjects   at least one
 * @param pillars    at least one
 * @param curriculum links to standards, in the order written
 * @param sections   by language code ("en" always, with all nine sections), then by section;
 *                   a translation may leave sections out
 * @param reflect    the reflect questions by language code (only where that language has the reflect section)
 * @param exercises  in the order students meet them
 */
public record Lesson(LessonId id, int version, LocalizedText title, LocalizedText summary, AgeRange ages, Duration duration,
        Set<Subject> subjects, Set<Pillar> pillars, List<CurriculumLink> curriculum,
        Map<String, Map<Section, SectionText>> sections, Map<String, List<ReflectQuestion>> reflect,
        List<LessonExercise> exercises) {

    public Lesson {
        EnumSet<Subject> subjectSet = EnumSet.noneOf(Subject.class);
        subjectSet.addAll(subjects);
        subjects = Collections.unmodifiableSet(subjectSet);
        EnumSet<Pillar> pillarSet = EnumSet.noneOf(Pillar.class);
        pillarSet.addAll(pillars);
        pillars = Collections.unmodifiableSet(pillarSet);
        curriculum = List.copyOf(curriculum);
        Map<String, Map<Section, SectionText>> bySection = new LinkedHashMap<>();
        sections.forEach((language, texts) -> {
            EnumMap<Section, SectionText> copy = new EnumMap<>(Section.class);
            copy.putAll(texts);
            bySection.put(language, Collections.unmodifiableMap(copy));
        });
        sections = Collections.unmodifiableMap(bySection);
        Map<String, List<ReflectQuestion>> questions = new LinkedHashMap<>();
        reflect.forEach((language, list) -> questions.put(language, List.copyOf(list)));
        reflect = Collections.unmodifiableMap(questions);
        exercises = List.copyOf(exercises);
        Map<Section, SectionText> english = sections.get(LocalizedText.ENGLISH);
        if (english == null || english.size() != Section.values().length) {
            throw new IllegalArgumentException("a lesson needs all " + Section.values().length + " sections in English");
        }
    }

    /** The languages the lesson is written in: {@code en} first, then its translations. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(sections.keySet()));
    }

    /**
     * The language of this lesson that suits the locale best: the exact tag, then the language,
     * then {@code en}.
     */
    public String language(Locale locale) {
        if (sections.containsKey(locale.toLanguageTag())) {
            return locale.toLanguageTag();
        }
        return sections.containsKey(locale.getLanguage()) ? locale.getLanguage() : LocalizedText.ENGLISH;
    }

    /** The section in the locale's language, or in English when the translation leaves it out. */
    public SectionText section(Section section, Locale locale) {
        SectionText text = sections.get(language(locale)).get(section);
        return text != null ? text : sections.get(LocalizedText.ENGLISH).get(section);
    }

    /** The reflect questions in the locale's language, or in English when the translation has no reflect section. */
    public List<ReflectQuestion> reflect(Locale locale) {
        List<ReflectQuestion> questions = reflect.get(language(locale));
        return questions != null ? questions : reflect.getOrDefault(LocalizedText.ENGLISH, List.of());
    }

    public Optional<LessonExercise> exercise(String exerciseId) {
        return exercises.stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    /** Whether the lesson is meant for this age. */
    public boolean suitsAge(int age) {
        return ages.contains(age);
    }
}
