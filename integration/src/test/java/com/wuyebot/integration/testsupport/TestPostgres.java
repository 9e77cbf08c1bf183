package com.wuyebot.integration.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL that integration tests use: the machine's own on 127.0.0.1:5432 (database
 * {@code test}, trust auth) when one answers, otherwise an embedded server from the Maven
 * dependency. Each caller gets a fresh schema, so no test sees data of an earlier run; schemas
 * left by runs more than an hour old are dropped (a live application context may still use the
 * newer ones until its JVM ends, so nothing is dropped at the end of a test class).
 */
public final class TestPostgres {

  /** Where a test's tables live: a JDBC URL scoped to a new schema, and its user. */
  public record Database(String jdbcUrl, String user, String schema) {
  }

  private static final long STALE_AFTER_SECONDS = 3600;

  private static String baseUrl;
  private static String user;

  private TestPostgres() {
  }

  public static synchronized Database freshSchema() {
    if (baseUrl == null) {
      start();
    }
    long now = Instant.now().getEpochSecond();
    String schema = "it_" + now + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection connection = DriverManager.getConnection(baseUrl, user, "");
        Statement statement = connection.createStatement()) {
      dropSchemasOlderThan(statement, now - STALE_AFTER_SECONDS);
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test schema", e);
    }
    return new Database(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, schema);
  }

  private static void dropSchemasOlderThan(Statement statement, long epochSeconds) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (ResultSet schemas = statement.executeQuery(
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'it\\_%'")) {
      while (schemas.next()) {
        String name = schemas.getString(1);
        String[] parts = name.split("_");
        if (parts.length == 3 && parts[1].matches("\\d+") && Long.parseLong(parts[1]) < epochSeconds) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  private static void start() {
    if (!TestRedis.forceEmbedded() && TestRedis.isListening("127.0.0.1", 5432)) {
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
      System.out.println("Tests use an embedded PostgreSQL on port " + postgres.getPort());
      user = "postgres";
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
    }
  }
}
