package org.stepwise.lesson;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A lesson's files as text: file name to content, in name order. The same whether they come from
 * a folder, the classpath or a database row.
 *
 * @param folder the folder name, which is the lesson id
 */
public record LessonFiles(String folder, Map<String, String> files) {

    public LessonFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The files of one lesson folder: every regular file in it whose name does not start with a dot. */
    public static LessonFiles read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                try {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } catch (MalformedInputException e) {
                    throw new IOException(folder.getFileName() + "/" + name + ": not UTF-8 text; save it as UTF-8", e);
                }
            }
        }
        return new LessonFiles(folder.getFileName().toString(), files);
    }

    /** Every lesson folder directly under the directory (not starting with a dot), by name. */
    public static List<LessonFiles> readAll(Path directory) throws IOException {
        List<LessonFiles> lessons = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path folder : entries.filter(Files::isDirectory).sorted().toList()) {
                if (!folder.getFileName().toString().startsWith(".")) {
                    lessons.add(read(folder));
                }
            }
        }
        return lessons;
    }

    /**
     * A SHA-256 over the file names and contents (64 hex digits): equal exactly when every file
     * is the same.
     */
    public String contentHash() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (var file : files.entrySet()) {
            for (String part : List.of(file.getKey(), file.getValue())) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
