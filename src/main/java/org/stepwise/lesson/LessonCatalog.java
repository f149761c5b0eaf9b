package org.stepwise.lesson;

import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.stepwise.lesson.internal.LessonVersions;

/**
 * The lessons everyone may browse, read from PostgreSQL: the latest version of each lesson, or any
 * stored version by number. Parsed versions are kept in memory (they never change once stored).
 * Open to anonymous students: nothing here needs a role, and nothing here writes.
 */
@Service
@PermitAll
public class LessonCatalog {

    private static final Logger log = LoggerFactory.getLogger(LessonCatalog.class);

    private final LessonVersions versions;
    private final LessonReader reader = LessonReader.standard();
    private final ConcurrentMap<Key, Optional<Lesson>> parsed = new ConcurrentHashMap<>();

    LessonCatalog(LessonVersions versions) {
        this.versions = versions;
    }

    private record Key(String lessonId, int version) {
    }

    /** The latest version of every lesson, by lesson id. */
    public List<Lesson> lessons() {
        List<Lesson> lessons = new ArrayList<>();
        for (LessonVersions.Ref ref : versions.latest()) {
            load(ref.lessonId(), ref.version()).ifPresent(lessons::add);
        }
        return lessons;
    }

    /**
     * The latest lessons that fit every filter given; a null filter lets every lesson through.
     *
     * @param age a student's age in years: lessons whose age range includes it
     */
    public List<Lesson> find(@Nullable Subject subject, @Nullable Pillar pillar, @Nullable Integer age) {
        return lessons().stream()
                .filter(l -> subject == null || l.subjects().contains(subject))
                .filter(l -> pillar == null || l.pillars().contains(pillar))
                .filter(l -> age == null || l.suitsAge(age))
                .toList();
    }

    /** The latest version of a lesson. */
    public Optional<Lesson> lesson(LessonId id) {
        return versions.latestVersion(id.value()).flatMap(version -> load(id.value(), version));
    }

    /** One stored version of a lesson (for work done on an earlier version). */
    public Optional<Lesson> lesson(LessonId id, int version) {
        return load(id.value(), version);
    }

    private Optional<Lesson> load(String lessonId, int version) {
        Key key = new Key(lessonId, version);
        Optional<Lesson> cached = parsed.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<LessonFiles> files = versions.files(lessonId, version);
        if (files.isEmpty()) {
            return Optional.empty(); // not stored (yet): not remembered, it may be stored later
        }
        Optional<Lesson> lesson = switch (reader.read(lessonId, version, files.get().files())) {
            case LessonReadResult.Read read -> Optional.of(read.lesson());
            case LessonReadResult.Rejected rejected -> {
                log.atWarn().addKeyValue("lesson", lessonId).addKeyValue("version", version)
                        .log("Stored lesson {} version {} cannot be read and is not shown; first problem: {}", lessonId, version,
                                rejected.problems().getFirst().format(lessonId));
                yield Optional.empty();
            }
        };
        Optional<Lesson> earlier = parsed.putIfAbsent(key, lesson);
        return earlier != null ? earlier : lesson;
    }
}
