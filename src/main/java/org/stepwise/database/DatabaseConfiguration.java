package org.stepwise.database;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.stepwise.database.internal.DatabaseUrl;
import org.stepwise.database.internal.EmbeddedPostgresServer;

/**
 * Chooses the database, in this order: {@code spring.datasource.url} (with
 * {@code spring.datasource.username/password}); else {@code DATABASE_URL}
 * ({@code postgres://user:password@host:port/database}); else an embedded PostgreSQL started
 * in-process. Whichever it is, connections go through a Hikari pool
 * ({@code spring.datasource.hikari.*} tunes it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
        long started = System.nanoTime();
        EmbeddedPostgresServer server = properties.ephemeral()
                ? EmbeddedPostgresServer.startEphemeral()
                : EmbeddedPostgresServer.startPersistent(properties.dataDirOrDefault(), properties.port());
        log.atInfo()
                .addKeyValue("database", "embedded")
                .addKeyValue("dataDir", server.dataDirectory())
                .addKeyValue("port", server.port())
                .log("Embedded PostgreSQL ready in {} ms, data in {}{} (port {})",
                        (System.nanoTime() - started) / 1_000_000, server.dataDirectory(),
                        server.ephemeral() ? " (throw-away)" : "", server.port());
        return server;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Environment env, ObjectProvider<EmbeddedPostgresServer> embedded) {
        Target target = target(env, embedded.getIfAvailable());
        log.atInfo().addKeyValue("database", target.kind()).log("Using the {} database at {}", target.kind(), target.displayUrl());
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(target.jdbcUrl())
                .username(target.username())
                .password(target.password())
                .build();
        dataSource.setPoolName("stepwise");
        return dataSource;
    }

    private static Target target(Environment env, @Nullable EmbeddedPostgresServer embedded) {
        String springUrl = env.getProperty("spring.datasource.url");
        if (hasText(springUrl)) {
            return new Target("external", springUrl, env.getProperty("spring.datasource.username", ""),
                    env.getProperty("spring.datasource.password", ""), springUrl.replaceAll("\\?.*$", ""));
        }
        String databaseUrl = env.getProperty("DATABASE_URL");
        if (hasText(databaseUrl)) {
            DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
            return new Target("external", url.jdbcUrl(), url.username(), url.password(), url.toString());
        }
        if (embedded == null) {
            throw new IllegalStateException("No database: neither spring.datasource.url nor DATABASE_URL is set, and no embedded PostgreSQL was started");
        }
        return new Target("embedded", embedded.jdbcUrl(), embedded.username(), embedded.password(), embedded.jdbcUrl());
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private record Target(String kind, String jdbcUrl, String username, String password, String displayUrl) {
    }

    /** True when neither {@code spring.datasource.url} nor {@code DATABASE_URL} is set. */
    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return !hasText(env.getProperty("spring.datasource.url")) && !hasText(env.getProperty("DATABASE_URL"));
        }
    }
}
