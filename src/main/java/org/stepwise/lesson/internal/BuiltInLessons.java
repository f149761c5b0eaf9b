package org.stepwise.lesson.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.stepwise.lesson.LessonChecker;
import org.stepwise.lesson.LessonFiles;
import org.stepwise.lesson.LessonProblem;
import org.stepwise.lesson.LessonReadResult;

/**
 * At start-up, stores every built-in lesson (the {@code lessons/} folder on the classpath) that
 * is new or changed as a new version. Unchanged lessons change nothing. A lesson that fails the
 * check is not stored (its earlier version, if any, stays in use) and is logged with its problems;
 * the app starts all the same.
 */
@Component
public class BuiltInLessons implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInLessons.class);

    private final LessonVersions versions;
    private final ResourcePatternResolver resources;
    private final LessonChecker checker = LessonChecker.standard();

    BuiltInLessons(LessonVersions versions, ResourcePatternResolver resources) {
        this.versions = versions;
        this.resources = resources;
    }

    /** What loading did. */
    public record Report(Map<String, Integer> stored, Map<String, Integer> unchanged, Map<String, List<LessonProblem>> refused) {
    }

    @Override
    public void run(ApplicationArguments args) {
        load(ClasspathLessons.read(resources));
    }

    /** Checks and stores the lessons; one log line per lesson stored or refused. */
    public Report load(List<LessonFiles> lessons) {
        Map<String, Integer> stored = new LinkedHashMap<>();
        Map<String, Integer> unchanged = new LinkedHashMap<>();
        Map<String, List<LessonProblem>> refused = new LinkedHashMap<>();
        for (LessonFiles lesson : lessons) {
            LessonReadResult result = checker.check(lesson.folder(), lesson.files());
            if (result instanceof LessonReadResult.Rejected rejected) {
                refused.put(lesson.folder(), rejected.problems());
                log.atWarn()
                        .addKeyValue("event", "lesson-refused")
                        .addKeyValue("lesson", lesson.folder())
                        .log("Built-in lesson {} is not loaded: it has {} problem(s) (run `java -jar stepwise.jar check` to see"
                                + " them again):{}", lesson.folder(), rejected.problems().size(),
                                rejected.problems().stream().map(p -> "\n  " + p.format(lesson.folder())).collect(Collectors.joining()));
                continue;
            }
            LessonVersions.Stored outcome = versions.storeIfChanged(lesson, LessonVersions.BUILT_IN);
            if (outcome.changed()) {
                stored.put(lesson.folder(), outcome.version());
                log.atInfo()
                        .addKeyValue("event", "lesson-stored")
                        .addKeyValue("lesson", lesson.folder())
                        .addKeyValue("version", outcome.version())
                        .log("Built-in lesson {} stored as version {} ({})", lesson.folder(), outcome.version(),
                                outcome.version() == 1 ? "new lesson" : "its files changed");
            } else {
                unchanged.put(lesson.folder(), outcome.version());
            }
        }
        log.atInfo()
                .addKeyValue("event", "lessons-loaded")
                .log("Built-in lessons: {} found, {} stored, {} unchanged, {} refused", lessons.size(), stored.size(),
                        unchanged.size(), refused.size());
        return new Report(stored, unchanged, refused);
    }
}
