package org.stepwise.lesson.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.lesson.LessonFiles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lesson versions in PostgreSQL ({@code lesson_version}): each version's files, never changed once stored. */
@Repository
public class LessonVersions {

    public static final String BUILT_IN = "built-in";
    /** Any fixed number: serialises storing lesson versions across instances. */
    private static final long STORE_LOCK = 0x5737_0002L;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    LessonVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version of a lesson. */
    public record Ref(String lessonId, int version) {
    }

    /** What {@link #storeIfChanged} did. */
    public record Stored(int version, boolean changed) {
    }

    /**
     * Stores the files as the next version of their lesson, unless the latest version has the
     * same content. Safe when several instances start at once.
     */
    @Transactional
    public Stored storeIfChanged(LessonFiles files, String origin) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(STORE_LOCK).query().singleRow();
        String hash = files.contentHash();
        Optional<Latest> latest = jdbc.sql("""
                select version, content_hash from lesson_version where lesson_id = ? order by version desc limit 1
                """).param(files.folder()).query((rs, n) -> new Latest(rs.getInt("version"), rs.getString("content_hash"))).optional();
        if (latest.isPresent() && latest.get().hash().equals(hash)) {
            return new Stored(latest.get().version(), false);
        }
        int version = latest.map(l -> l.version() + 1).orElse(1);
        jdbc.sql("""
                insert into lesson_version (lesson_id, version, content_hash, files, origin)
                values (:id, :version, :hash, cast(:files as jsonb), :origin)
                """)
                .param("id", files.folder())
                .param("version", version)
                .param("hash", hash)
                .param("files", JSON.writeValueAsString(files.files()))
                .param("origin", origin)
                .update();
        return new Stored(version, true);
    }

    private record Latest(int version, String hash) {
    }

    /** The latest version of every lesson, by lesson id. */
    @Transactional(readOnly = true)
    public List<Ref> latest() {
        return jdbc.sql("""
                select lesson_id, max(version) as version from lesson_version group by lesson_id order by lesson_id
                """).query((rs, n) -> new Ref(rs.getString("lesson_id"), rs.getInt("version"))).list();
    }

    /** The latest version of one lesson. */
    @Transactional(readOnly = true)
    public Optional<Integer> latestVersion(String lessonId) {
        return jdbc.sql("select max(version) from lesson_version where lesson_id = ?").param(lessonId)
                .query(Integer.class).optional();
    }

    /** The files of one version. */
    @Transactional(readOnly = true)
    public Optional<LessonFiles> files(String lessonId, int version) {
        return jdbc.sql("select files::text from lesson_version where lesson_id = ? and version = ?")
                .param(lessonId).param(version)
                .query((rs, n) -> new LessonFiles(lessonId, readFiles(rs.getString(1)))).optional();
    }

    private static Map<String, String> readFiles(String json) {
        return JSON.readValue(json, FILES);
    }
}
