package org.stepwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stepwise.Application;
import org.stepwise.database.internal.EmbeddedPostgresServer;
import org.stepwise.security.AccountService;
import org.stepwise.security.SignUpRequest;
import org.stepwise.security.SignUpResult;

/**
 * With DATABASE_URL (or spring.datasource.url) set, Stepwise migrates and uses that server and
 * starts no embedded one. The "external" server here is a separate PostgreSQL process started
 * before the app and reached over TCP, with its own role and database.
 */
class ExternalDatabaseIT {

    private static EmbeddedPostgresServer external;

    @TempDir
    static Path serverDirectory;

    @BeforeAll
    static void startSeparateServer() throws Exception {
        // a password-protected server: the app's credentials from the URL are really checked
        external = EmbeddedPostgresServer.startPersistent(serverDirectory.resolve("external"), 0);
        try (Connection c = DriverManager.getConnection(external.jdbcUrl(), external.username(), external.password()); Statement s = c.createStatement()) {
            s.execute("create role stepwise_app login password 'app-pass'");
            s.execute("create database stepwise_one owner stepwise_app");
            s.execute("create database stepwise_two owner stepwise_app");
        }
    }

    @AfterAll
    static void stopSeparateServer() {
        external.close();
    }

    @Test
    void database_url_points_stepwise_at_an_external_server() throws Exception {
        String databaseUrl = "postgres://stepwise_app:app-pass@localhost:" + external.port() + "/stepwise_one";
        try (ConfigurableApplicationContext app = start("DATABASE_URL=" + databaseUrl)) {
            assertThat(app.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).as("no embedded server started").isNull();

            SignUpResult result = app.getBean(AccountService.class)
                    .signUpTeacher(new SignUpRequest("Ms Rivera", "rivera", "correct horse battery", "correct horse battery"));
            assertThat(result).isInstanceOf(SignUpResult.Created.class);
        }
        assertThat(query("stepwise_one", "select max(version) from flyway_schema_history where success")).isEqualTo(latestMigration());
        assertThat(query("stepwise_one", "select username from account")).isEqualTo("rivera");
        assertThat(query("stepwise_one", "select current_user")).isEqualTo("stepwise_app");
    }

    @Test
    void a_wrong_password_in_database_url_stops_the_start_with_the_database_error() {
        String databaseUrl = "postgres://stepwise_app:wrong@localhost:" + external.port() + "/stepwise_one";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("DATABASE_URL=" + databaseUrl).close())
                .rootCause().hasMessageContaining("password authentication failed");
    }

    @Test
    void spring_datasource_url_points_stepwise_at_an_external_server() throws Exception {
        try (ConfigurableApplicationContext app = start(
                "spring.datasource.url=jdbc:postgresql://localhost:" + external.port() + "/stepwise_two",
                "spring.datasource.username=stepwise_app", "spring.datasource.password=app-pass")) {
            assertThat(app.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
        }
        assertThat(query("stepwise_two", "select count(*) from account")).isEqualTo("0");
        assertThat(query("stepwise_two", "select owner from (select tableowner as owner from pg_tables where tablename = 'account') t"))
                .isEqualTo("stepwise_app");
    }

    /** The highest n of the V<n>__*.sql files in db/migration: the version a fully migrated database has. */
    private static String latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        String[] all = new String[properties.length + 1];
        System.arraycopy(properties, 0, all, 0, properties.length);
        all[properties.length] = "server.port=0";
        return new SpringApplicationBuilder(Application.class).properties(all).run();
    }

    private static String query(String database, String sql) throws Exception {
        String url = "jdbc:postgresql://localhost:" + external.port() + "/" + database;
        try (Connection c = DriverManager.getConnection(url, "stepwise_app", "app-pass");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
