package org.stepwise.lesson.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.stepwise.lesson.LessonFiles;

/**
 * The built-in lessons: the top-level {@code lessons/} folder, which the build copies onto the
 * classpath ({@code lessons/<id>/<file>}), read the same way from {@code target/classes} and
 * from inside the jar.
 */
public final class ClasspathLessons {

    public static final String LOCATION = "lessons";

    private ClasspathLessons() {
    }

    /** Every lesson folder under {@code classpath*:lessons/}, by folder name. */
    public static List<LessonFiles> read(ResourcePatternResolver resolver) {
        Map<String, Map<String, String>> folders = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + LOCATION + "/*/*")) {
                if (!resource.isReadable()) {
                    continue; // a folder inside a lesson folder
                }
                String[] path = resource.getURL().toString().split("/");
                if (path.length < 2) {
                    continue;
                }
                String file = path[path.length - 1];
                String folder = path[path.length - 2];
                if (file.startsWith(".") || folder.startsWith(".")) {
                    continue;
                }
                folders.computeIfAbsent(folder, f -> new TreeMap<>())
                        .put(file, resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in lessons from the classpath", e);
        }
        List<LessonFiles> lessons = new ArrayList<>();
        folders.forEach((folder, files) -> lessons.add(new LessonFiles(folder, files)));
        return lessons;
    }
}
