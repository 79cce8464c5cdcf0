package jp.lg.collection.drills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drills' SQL files ({@code bench/city.sql}, {@code drills/*-invariants.sql}) run over JDBC, psql's
 * {@code :name} and {@code :'name'} variables substituted and its {@code \} commands skipped — the same files the
 * bash drills give to psql.
 */
final class DrillSql {

    private DrillSql() {
    }

    static List<String> statements(Path file, Map<String, String> variables) throws IOException {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("\\")) {
                continue;
            }
            for (var v : variables.entrySet()) {
                line = line.replace(":'" + v.getKey() + "'", "'" + v.getValue().replace("'", "''") + "'")
                        .replaceAll(":" + v.getKey() + "\\b", v.getValue());
            }
            current.append(line).append('\n');
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            if (code.strip().endsWith(";")) {
                statements.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        return statements;
    }

    static void run(Connection c, Path file, Map<String, String> variables) throws IOException, SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(file, variables)) {
                s.execute(sql);
            }
        }
    }

    /** Each invariant's name and its number of violations, in the file's order. */
    static Map<String, Long> invariants(Connection c, Path file, Map<String, String> variables)
            throws IOException, SQLException {
        Map<String, Long> result = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String sql : statements(file, variables)) {
                try (var rs = s.executeQuery(sql)) {
                    rs.next();
                    result.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return result;
    }
}
