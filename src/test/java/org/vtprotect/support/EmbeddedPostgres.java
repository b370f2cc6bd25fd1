package org.vtprotect.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a real PostgreSQL server, started once per test run from the
 * embedded server binaries (no Docker). Each application context gets a database of its own.
 */
public class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static int databases;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = createDatabase();
        TestPropertyValues.of(
                        "spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres")
                .applyTo(context.getEnvironment());
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        }
    }

    private static synchronized String createDatabase() {
        try {
            if (server == null) {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
                // stop the server only after Boot has closed the application contexts: stopped in a
                // JVM hook of its own, it went away while a closing context still queried it and the
                // test JVM hung for the connection timeout
                SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stop);
            }
            String name = "vtp_" + (++databases);
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("test database could not be created", e);
        }
    }
}
