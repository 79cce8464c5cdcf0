import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The raw JDBC floor for bench/run (issue 7): the rows one sweep wrote, written again with nothing but JDBC
 * batches — no engine, no application — so that the sweep can be read as a multiple of what the database
 * needs for the same rows. Run with the JDK's source launcher and the PostgreSQL driver:
 *
 * <pre>
 * java -cp postgresql.jar bench/src/Floor.java --url jdbc:postgresql://127.0.0.1:5432/db --user postgres \
 *      --cases 10000 --since-xid 123456 --counts writes.txt [--tx-cases 100] [--keep]
 * </pre>
 *
 * {@code --counts}: one line per table the sweep wrote to, {@code table inserts updates deletes} (the
 * pg_stat_user_tables deltas over the sweep, bench/run). {@code --since-xid}: {@code txid_current()} taken
 * just before the sweep; rows whose {@code xmin} is newer are the rows the sweep wrote (inserted or last
 * updated).
 *
 * <p>For every such table {@code floor.<table>} is created like the real one (columns, defaults, NOT NULL
 * and CHECK constraints, the same indexes; no foreign keys, no triggers). Then, in transactions of
 * {@code --tx-cases} cases' worth of rows each (every table's inserts, updates and deletes divided evenly
 * over the transactions):
 * <ul>
 * <li><b>inserts</b>: the real rows the sweep wrote, read from the table (untimed) and inserted again in one
 * JDBC batch per table ({@code reWriteBatchedInserts=true}: multi-row INSERTs). Rows the sweep inserted and
 * deleted again (a job that ran) no longer exist: then rows of the same table are re-used, with the primary
 * key made unique ({@code ~k} appended, or negated for numbers) and the table's other unique indexes created
 * as plain indexes;</li>
 * <li><b>updates</b>: {@code UPDATE … SET <every other column> = <the row's values> WHERE <primary key> = ?},
 * one batch per table, on rows inserted earlier in the same transaction (or, for a table the sweep only
 * updated, on its rows copied into floor.* before the timing starts);</li>
 * <li><b>deletes</b>: {@code DELETE … WHERE <primary key> = ?}, one batch, oldest inserted rows first.</li>
 * </ul>
 * Only the writes and commits are timed (reading the rows is not). Same server, same database, same
 * durability settings as the application (fsync and synchronous_commit as configured). Prints one line:
 * {@code cases=… seconds=… rate=… transactions=… inserts=… updates=… deletes=…}, and per table
 * the rows and seconds on stderr. Drops the floor schema at the end unless {@code --keep}.
 */
public class Floor {

    record Counts(long inserts, long updates, long deletes) {
    }

    /** One table: its columns, primary key, and where its rows come from. */
    static final class Table {
        final String name;
        final Counts counts;
        final List<String> columns = new ArrayList<>();
        final List<Integer> sqlTypes = new ArrayList<>();
        final List<Integer> pk = new ArrayList<>(); // indexes into columns
        long writtenRows;     // rows of the table written during the sweep (xmin newer than since)
        long sourceRows;      // rows the copy reads from (writtenRows, or the whole table when that is 0)
        boolean sourceAll;    // source is the whole table, not just the sweep's rows
        boolean cycles;       // the source has fewer rows than inserts: rows are re-used with new keys
        boolean rekeyable = true; // the first key column is text or a number (else its index is made non-unique)
        ResultSet cursor;
        Statement cursorStatement;
        int copy;             // how many times the source was read through
        final ArrayDeque<Object[]> live = new ArrayDeque<>(); // keys of floor rows, oldest first (deletes)
        final List<Object[]> prepopulated = new ArrayList<>(); // full rows for update-only tables
        int prepopulatedNext;
        PreparedStatement insert;
        PreparedStatement update;
        PreparedStatement delete;
        long inserted;
        long updated;
        long deleted;
        long nanos;

        Table(String name, Counts counts) {
            this.name = name;
            this.counts = counts;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        String user = "postgres";
        String password = "";
        long cases = 0;
        long sinceXid = -1;
        int txCases = 100;
        String countsFile = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--cases" -> cases = Long.parseLong(args[++i]);
                case "--since-xid" -> sinceXid = Long.parseLong(args[++i]);
                case "--tx-cases" -> txCases = Integer.parseInt(args[++i]);
                case "--counts" -> countsFile = args[++i];
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null || cases <= 0 || sinceXid < 0 || countsFile == null || txCases <= 0) {
            throw new IllegalArgumentException("need --url, --cases > 0, --since-xid, --counts, --tx-cases > 0");
        }
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(countsFile))) {
            String[] f = line.trim().split("[\\s|]+");
            if (f.length == 4 && !f[0].startsWith("#")) {
                Counts c = new Counts(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
                if (c.inserts + c.updates + c.deletes > 0) {
                    counts.put(f[0], c);
                }
            }
        }
        String writeUrl = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection meta = connect(url, user, password);
                Connection read = connect(url, user, password);
                Connection write = connect(writeUrl, user, password)) {
            String since = "xmin::text::bigint >= " + (sinceXid & 0xFFFFFFFFL);
            try (Statement s = meta.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS floor CASCADE");
                s.execute("CREATE SCHEMA floor");
            }
            List<Table> tables = new ArrayList<>();
            for (var e : counts.entrySet()) {
                Table t = new Table(e.getKey(), e.getValue());
                describe(meta, t);
                t.writtenRows = count(meta, "SELECT count(*) FROM public." + q(t.name) + " WHERE " + since);
                t.sourceRows = t.writtenRows;
                if (t.sourceRows == 0 && t.counts.inserts > 0) {
                    t.sourceAll = true;
                    t.sourceRows = count(meta, "SELECT count(*) FROM public." + q(t.name));
                }
                t.cycles = t.counts.inserts > t.sourceRows;
                if (t.counts.inserts > 0 && t.sourceRows == 0) {
                    System.err.printf("floor: %s: %d inserts but no row to copy (table empty): left out%n", t.name,
                            t.counts.inserts);
                    continue;
                }
                if (t.pk.isEmpty() && (t.counts.updates > 0 || t.counts.deletes > 0 || t.cycles)) {
                    System.err.printf("floor: %s has no primary key: only its inserts are copied%n", t.name);
                }
                if (t.cycles && !t.pk.isEmpty()) {
                    int type = t.sqlTypes.get(t.pk.get(0));
                    t.rekeyable = switch (type) {
                        case java.sql.Types.VARCHAR, java.sql.Types.CHAR, java.sql.Types.BIGINT, java.sql.Types.INTEGER,
                                java.sql.Types.SMALLINT -> true;
                        default -> false;
                    };
                }
                create(meta, t);
                tables.add(t);
            }
            // update-only tables (and deletes beyond the inserts) need rows to act on: copied in untimed
            for (Table t : tables) {
                long need = Math.max(0, t.counts.deletes - t.counts.inserts);
                if (t.counts.inserts == 0 && t.counts.updates > 0) {
                    need = Math.max(need, Math.min(t.counts.updates, Math.max(1, t.writtenRows)));
                }
                if (need > 0) {
                    prepopulate(meta, t, since, need);
                }
            }
            read.setAutoCommit(false);
            read.setReadOnly(true);
            write.setAutoCommit(false);
            for (Table t : tables) {
                prepare(write, t);
            }
            long transactions = (cases + txCases - 1) / txCases;
            long totalNanos = 0;
            long commitNanos = 0;
            for (long tx = 0; tx < transactions; tx++) {
                Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
                for (Table t : tables) { // untimed: read this transaction's share of the rows
                    long n = share(t.counts.inserts, tx, transactions);
                    List<Object[]> batch = new ArrayList<>((int) n);
                    for (long i = 0; i < n; i++) {
                        batch.add(next(read, t, since));
                    }
                    rows.put(t, batch);
                }
                long start = System.nanoTime();
                for (Table t : tables) {
                    long t0 = System.nanoTime();
                    List<Object[]> batch = rows.get(t);
                    if (!batch.isEmpty()) {
                        for (Object[] row : batch) {
                            bind(t.insert, row, t, 0);
                            t.insert.addBatch();
                            if (!t.pk.isEmpty() && t.counts.deletes > 0) {
                                t.live.addLast(keyOf(t, row));
                            }
                        }
                        t.insert.executeBatch();
                        t.inserted += batch.size();
                    }
                    t.nanos += System.nanoTime() - t0;
                }
                for (Table t : tables) {
                    long n = share(t.counts.updates, tx, transactions);
                    if (n == 0 || t.update == null) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    List<Object[]> batch = rows.get(t);
                    for (long i = 0; i < n; i++) {
                        Object[] row;
                        if (!batch.isEmpty()) { // the rows this transaction inserted, newest first
                            row = batch.get(batch.size() - 1 - (int) (i % batch.size()));
                        } else if (!t.prepopulated.isEmpty()) {
                            row = t.prepopulated.get(t.prepopulatedNext++ % t.prepopulated.size());
                        } else {
                            break;
                        }
                        bindUpdate(t, row);
                        t.update.addBatch();
                        t.updated++;
                    }
                    t.update.executeBatch();
                    t.nanos += System.nanoTime() - t0;
                }
                for (Table t : tables) {
                    long n = share(t.counts.deletes, tx, transactions);
                    if (n == 0 || t.pk.isEmpty()) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    for (long i = 0; i < n && !t.live.isEmpty(); i++) {
                        Object[] key = t.live.pollFirst();
                        for (int k = 0; k < key.length; k++) {
                            setValue(t.delete, k + 1, key[k], t.sqlTypes.get(t.pk.get(k)));
                        }
                        t.delete.addBatch();
                        t.deleted++;
                    }
                    t.delete.executeBatch();
                    t.nanos += System.nanoTime() - t0;
                }
                long c0 = System.nanoTime();
                write.commit();
                long end = System.nanoTime();
                commitNanos += end - c0;
                totalNanos += end - start;
            }
            read.commit();
            long ins = 0;
            long upd = 0;
            long del = 0;
            for (Table t : tables) {
                ins += t.inserted;
                upd += t.updated;
                del += t.deleted;
                System.err.printf("floor: %-28s %8d ins %8d upd %8d del  %6.2f s%s%n", t.name, t.inserted, t.updated,
                        t.deleted, t.nanos / 1e9, t.cycles ? "  (rows re-used: " + t.sourceRows + " source rows"
                                + (t.sourceAll ? " from the whole table" : "") + ")" : "");
            }
            System.err.printf("floor: %-28s %.2f s%n", "(commits)", commitNanos / 1e9);
            if (ins + upd + del == 0) {
                throw new IllegalStateException("nothing to write: no table with rows in " + countsFile);
            }
            double seconds = totalNanos / 1e9;
            System.out.printf("cases=%d seconds=%.2f rate=%.1f transactions=%d inserts=%d updates=%d deletes=%d%n",
                    cases, seconds, cases / seconds, transactions, ins, upd, del);
            if (!keep) {
                try (Statement s = meta.createStatement()) {
                    s.execute("DROP SCHEMA floor CASCADE");
                }
            }
        }
    }

    /** PostgreSQL is shared with other work: when it has no connection slot free, try again for a minute. */
    static Connection connect(String url, String user, String password) throws SQLException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (attempt >= 60 || !"53300".equals(e.getSQLState())) { // too_many_connections
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    static long share(long total, long tx, long transactions) {
        return total * (tx + 1) / transactions - total * tx / transactions;
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Columns (not generated ones: the database computes those) and primary key of public.table. */
    static void describe(Connection c, Table t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = ('public.' || quote_ident(?))::regclass AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.attgenerated = '' ORDER BY a.attnum""")) {
            s.setString(1, t.name);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    t.columns.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + cols(t) + " FROM public." + q(t.name) + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                t.sqlTypes.add(md.getColumnType(i));
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = ('public.' || quote_ident(?))::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey::int2[], a.attnum)""")) {
            s.setString(1, t.name);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    t.pk.add(t.columns.indexOf(rs.getString(1)));
                }
            }
        }
    }

    static String cols(Table t) {
        return String.join(", ", t.columns.stream().map(Floor::q).toList());
    }

    /** floor.table like public.table: columns, defaults, NOT NULL and CHECK constraints, the same indexes. */
    static void create(Connection c, Table t) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE floor." + q(t.name) + " (LIKE public." + q(t.name)
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)");
            List<String[]> indexes = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT pg_get_indexdef(i.indexrelid), i.indisprimary, i.indisunique FROM pg_index i
                    WHERE i.indrelid = ('public.' || quote_ident(?))::regclass""")) {
                p.setString(1, t.name);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        indexes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            for (String[] index : indexes) {
                String def = index[0].replace(" ON public.", " ON floor.");
                boolean primary = "t".equals(index[1]) && t.rekeyable;
                if (t.cycles && !primary && "t".equals(index[2])) {
                    def = def.replaceFirst("^CREATE UNIQUE INDEX", "CREATE INDEX"); // re-used rows repeat these values
                }
                s.execute(def);
            }
        }
    }

    static void prepopulate(Connection c, Table t, String since, long rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            String where = t.writtenRows > 0 ? " WHERE " + since : "";
            s.execute("INSERT INTO floor." + q(t.name) + " (" + cols(t) + ") SELECT " + cols(t) + " FROM public."
                    + q(t.name) + where + " LIMIT " + rows);
            try (ResultSet rs = s.executeQuery("SELECT " + cols(t) + " FROM floor." + q(t.name))) {
                while (rs.next()) {
                    Object[] row = new Object[t.columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    t.prepopulated.add(row);
                    if (!t.pk.isEmpty()) {
                        t.live.addLast(keyOf(t, row));
                    }
                }
            }
            s.execute("ANALYZE floor." + q(t.name));
        }
    }

    static void prepare(Connection w, Table t) throws SQLException {
        String marks = String.join(", ", t.columns.stream().map(x -> "?").toList());
        t.insert = w.prepareStatement("INSERT INTO floor." + q(t.name) + " (" + cols(t) + ") VALUES (" + marks + ")");
        if (!t.pk.isEmpty()) {
            List<String> set = new ArrayList<>();
            for (int i = 0; i < t.columns.size(); i++) {
                if (!t.pk.contains(i)) {
                    set.add(q(t.columns.get(i)) + " = ?");
                }
            }
            String where = String.join(" AND ", t.pk.stream().map(i -> q(t.columns.get(i)) + " = ?").toList());
            if (!set.isEmpty()) {
                t.update = w.prepareStatement("UPDATE floor." + q(t.name) + " SET " + String.join(", ", set)
                        + " WHERE " + where);
            }
            t.delete = w.prepareStatement("DELETE FROM floor." + q(t.name) + " WHERE " + where);
        }
    }

    /** The next source row; once the source is read through, it is read again with new keys. */
    static Object[] next(Connection read, Table t, String since) throws SQLException {
        if (t.cursor == null || !t.cursor.next()) {
            if (t.cursor != null) {
                t.cursor.close();
                t.cursorStatement.close();
                t.copy++;
            }
            t.cursorStatement = read.createStatement();
            t.cursorStatement.setFetchSize(1000);
            t.cursor = t.cursorStatement.executeQuery("SELECT " + cols(t) + " FROM public." + q(t.name)
                    + (t.sourceAll ? "" : " WHERE " + since) + " ORDER BY ctid");
            if (!t.cursor.next()) {
                throw new IllegalStateException(t.name + ": no rows to copy");
            }
        }
        Object[] row = new Object[t.columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = t.cursor.getObject(i + 1);
        }
        if (t.copy > 0 && !t.pk.isEmpty() && t.rekeyable) {
            int k = t.pk.get(0);
            row[k] = rekey(row[k], t.copy);
        }
        return row;
    }

    static Object rekey(Object key, int copy) {
        if (key instanceof String s) {
            return s + "~" + copy;
        }
        if (key instanceof Long l) {
            return -(l + copy * 1_000_000_000L);
        }
        if (key instanceof Integer i) {
            return -(i + copy * 10_000_000);
        }
        if (key instanceof Short sh) {
            return (short) -(sh + copy * 100);
        }
        throw new IllegalStateException("cannot make a new key from " + key.getClass());
    }

    static Object[] keyOf(Table t, Object[] row) {
        Object[] key = new Object[t.pk.size()];
        for (int k = 0; k < key.length; k++) {
            key[k] = row[t.pk.get(k)];
        }
        return key;
    }

    static void bind(PreparedStatement p, Object[] row, Table t, int offset) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            setValue(p, offset + i + 1, row[i], t.sqlTypes.get(i));
        }
    }

    static void bindUpdate(Table t, Object[] row) throws SQLException {
        int p = 1;
        for (int i = 0; i < row.length; i++) {
            if (!t.pk.contains(i)) {
                setValue(t.update, p++, row[i], t.sqlTypes.get(i));
            }
        }
        for (int k : t.pk) {
            setValue(t.update, p++, row[k], t.sqlTypes.get(k));
        }
    }

    static void setValue(PreparedStatement p, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            p.setNull(index, sqlType);
        } else {
            p.setObject(index, value);
        }
    }
}
