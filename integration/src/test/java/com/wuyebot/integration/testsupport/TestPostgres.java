package com.wuyebot.integration.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL that integration tests use: the machine's own on 127.0.0.1:5432 (database
 * {@code test}, trust auth) when one answers, otherwise an embedded server from the Maven
 * dependency. Each caller gets a fresh schema, so no test sees data of an earlier run.
 */
public final class TestPostgres {

  /** Where a test's tables live: a JDBC URL scoped to a new schema, and its user. */
  public record Database(String jdbcUrl, String user, String schema) {
  }

  private static String baseUrl;
  private static String user;

  private TestPostgres() {
  }

  public static synchronized Database freshSchema() {
    if (baseUrl == null) {
      start();
    }
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection connection = DriverManager.getConnection(baseUrl, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test schema", e);
    }
    return new Database(baseUrl + "?currentSchema=" + schema, user, schema);
  }

  /** Removes a schema made by {@link #freshSchema()} with everything in it. */
  public static void dropSchema(Database database) {
    try (Connection connection = DriverManager.getConnection(baseUrl, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + database.schema() + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop a test schema", e);
    }
  }

  private static void start() {
    if (TestRedis.isListening("127.0.0.1", 5432)) {
      baseUrl = "jdbc:postgresql://127.0.0.1:5432/test";
      user = "postgres";
      return;
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(TestRedis.freePort()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
      baseUrl = postgres.getJdbcUrl("postgres", "postgres");
      user = "postgres";
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
    }
  }
}
