package jp.lg.collection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives each Spring test context a database of its own: in-memory H2 by default, or a fresh PostgreSQL
 * database on 127.0.0.1:5432 when the build runs with {@code -Dtest.db=postgres} (the second surefire run).
 */
public final class TestDatabase {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("test.db"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (postgres()) {
            String url = newPostgresDatabase();
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> user());
            registry.add("spring.datasource.password", () -> "");
        } else {
            String name = newName();
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
    }

    /**
     * Creates a fresh PostgreSQL database and returns its JDBC URL (user {@link #user()}, no password) — for a
     * test that starts application contexts itself, such as the two nodes of the cluster test.
     */
    public static String newPostgresDatabase() {
        String name = newName();
        create(name);
        return POSTGRES + name;
    }

    private static String newName() {
        return "tainou_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static String user() {
        return System.getProperty("test.db.user", "postgres");
    }

    private static void create(String name) {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", user(), "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + POSTGRES
                    + " (is PostgreSQL running? see README)", e);
        }
    }
}
