package org.stepwise.live;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stepwise.Application;
import org.stepwise.database.internal.EmbeddedPostgresServer;

/**
 * Test-only: several app instances on one machine, each on a free port, sharing one PostgreSQL
 * server started outside them all (as a school's would be). Closing stops them, then the database.
 *
 * <p>The static {@code SecurityContextHolder} follows the security strategy of the Vaadin app
 * started last: set-up that signs in through it must use the last instance's services.
 */
public final class AppInstances implements AutoCloseable {

    private final EmbeddedPostgresServer database;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private AppInstances(int count) {
        database = EmbeddedPostgresServer.startEphemeral();
        for (int i = 0; i < count; i++) {
            // arguments come before the tests' config/application.properties (a throw-away embedded database each)
            instances.add(new SpringApplicationBuilder(Application.class).run("--server.port=0",
                    "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password()));
        }
    }

    public static AppInstances start(int count) {
        return new AppInstances(count);
    }

    /** The instance started {@code index}-th, from 0. */
    public ConfigurableApplicationContext get(int index) {
        return instances.get(index);
    }

    /** The instance's address, ending in "/". */
    public String baseUrl(int index) {
        return "http://localhost:" + get(index).getEnvironment().getProperty("local.server.port") + "/";
    }

    @Override
    public void close() {
        for (int i = instances.size() - 1; i >= 0; i--) {
            instances.get(i).close();
        }
        database.close();
    }
}
