package jp.lg.collection.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * 操作ログ: who did what to which record, when, from where and with what result — appended in a transaction of
 * its own (a rolled-back business transaction still leaves its log line) and chained by SHA-256: each row's
 * hash covers its fields and the previous row's hash, and {@code operation_log_head} holds the newest hash.
 * {@link #verify()} recomputes the chain and names the first row that no longer matches, so an edited,
 * inserted or deleted row is found (証跡については完全性を担保し、容易に改ざんできない). Each field is first made
 * what the table keeps — any 12-digit number (a possible My Number, also typed as a user name or with separators)
 * masked, then cut to its column's width — and the hash covers exactly that, so a long text (a lockout message)
 * cannot break the chain. Every row has an address: the client's, or this node's for work no request started.
 */
@Service
public class OperationLog {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    /** 12 digits, half- or full-width, also written 4-4-4 with hyphens or spaces, not part of a longer number. */
    private static final Pattern MY_NUMBER_LIKE = Pattern.compile(
            "(?<![0-9０-９])[0-9０-９]{4}[-－ 　]?[0-9０-９]{4}[-－ 　]?[0-9０-９]{4}(?![0-9０-９])");
    /** Column widths of operation_log (V9, V16): a field is cut to them before it is hashed. */
    static final int USER_WIDTH = 64;
    static final int ACTION_WIDTH = 40;
    static final int TARGET_WIDTH = 300;
    static final int RESULT_WIDTH = 500;
    static final int IP_WIDTH = 64;
    /** This node's address, for the rows of work no client request started (nightly jobs, timers, start-up). */
    private static final String NODE_ADDRESS = nodeAddress();

    public record Entry(long id, LocalDateTime loggedAt, String userId, String action, String target, String result,
            String ip, String prevHash, String hash) {
    }

    public record Verification(boolean intact, long rows, Long firstBrokenId, String problem) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public OperationLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Logs an operation of the current request's user (the request's client address, else this node's). */
    public void record(String userId, String action, String target, String result) {
        record(Today.dateTime(), userId, action, target, result, clientIp());
    }

    public synchronized void record(LocalDateTime at, String userId, String action, String target, String result,
            String ip) {
        LocalDateTime time = at.truncatedTo(ChronoUnit.MILLIS);
        String user = stored(userId, USER_WIDTH);
        String act = stored(action, ACTION_WIDTH);
        String tgt = stored(target, TARGET_WIDTH);
        String res = stored(result == null ? "" : result, RESULT_WIDTH);
        String from = stored(ip == null ? NODE_ADDRESS : ip, IP_WIDTH);
        ownTransaction.executeWithoutResult(status -> {
            String prev = jdbc.sql("SELECT last_hash FROM operation_log_head WHERE id = 1 FOR UPDATE")
                    .query(String.class).single();
            String hash = hash(prev, time, user, act, tgt, res, from);
            jdbc.sql("""
                    INSERT INTO operation_log (logged_at, user_id, action, target, result, ip, prev_hash, hash)
                    VALUES (?,?,?,?,?,?,?,?)
                    """).params(time, user, act, tgt, res, from, prev, hash).update();
            long id = jdbc.sql("SELECT MAX(id) FROM operation_log WHERE hash = ?").param(hash).query(Long.class).single();
            jdbc.sql("UPDATE operation_log_head SET last_id = ?, last_hash = ? WHERE id = 1").params(id, hash).update();
        });
    }

    /** Recomputes every hash in order; the first row whose hash or link does not match is named. */
    public Verification verify() {
        String expectedPrev = GENESIS;
        long rows = 0;
        long lastId = 0;
        long from = 0;
        while (true) {
            List<Entry> page = jdbc.sql("SELECT * FROM operation_log WHERE id > ? ORDER BY id FETCH FIRST 1000 ROWS ONLY")
                    .param(from).query(OperationLog::map).list();
            if (page.isEmpty()) {
                break;
            }
            for (Entry e : page) {
                rows++;
                if (!e.prevHash().equals(expectedPrev)) {
                    return new Verification(false, rows, e.id(), "前の行とのつながりが切れています（行の削除・挿入）");
                }
                String recomputed = hash(e.prevHash(), e.loggedAt(), e.userId(), e.action(), e.target(), e.result(), e.ip());
                if (!recomputed.equals(e.hash())) {
                    return new Verification(false, rows, e.id(), "行の内容がハッシュと一致しません（改ざん）");
                }
                expectedPrev = e.hash();
                lastId = e.id();
            }
            from = lastId;
        }
        var head = jdbc.sql("SELECT last_id, last_hash FROM operation_log_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if (!expectedPrev.equals(head[1])) {
            return new Verification(false, rows, (Long) head[0], "最新の行が削除されています（末尾の不一致）");
        }
        return new Verification(true, rows, null, null);
    }

    /**
     * What the auditor looks for; every part optional. {@code target} matches any part of the target, ignoring
     * case, as the table keeps it (12-digit numbers masked: user and target are masked the same way, so a number that
     * was never stored is never asked for either).
     */
    public record Search(String user, LocalDate from, LocalDate to, String action, String target) {

        public Search {
            user = blankToNull(maskMyNumbers(user));
            action = blankToNull(action);
            target = blankToNull(maskMyNumbers(target));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /** One page of a search, newest first; {@code number} from 1. */
    public record Page(List<Entry> entries, long total, int number, int size) {

        public int first() {
            return entries.isEmpty() ? 0 : (number - 1) * size + 1;
        }

        public int last() {
            return (number - 1) * size + entries.size();
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return (long) number * size < total;
        }
    }

    /** The JSON API's search: oldest first, at most {@code limit} rows. */
    public List<Entry> search(String userId, LocalDate from, LocalDate to, String action, int limit) {
        return search(new Search(userId, from, to, action, null), limit);
    }

    public List<Entry> search(Search search, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        return jdbc.sql("SELECT * FROM operation_log" + where + " ORDER BY id FETCH FIRST "
                + Math.max(1, Math.min(limit, 10_000)) + " ROWS ONLY").params(params).query(OperationLog::map).list();
    }

    /** The auditor's page: newest first, {@code size} rows from page {@code number} (from 1). */
    public Page page(Search search, int number, int size) {
        int pageSize = Math.max(1, Math.min(size, 500));
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM operation_log" + where).params(params).query(Long.class).single();
        int page = (int) Math.max(1, Math.min(number, Math.max(1, (total + pageSize - 1) / pageSize)));
        List<Entry> entries = jdbc.sql("SELECT * FROM operation_log" + where + " ORDER BY id DESC OFFSET "
                + (long) (page - 1) * pageSize + " ROWS FETCH NEXT " + pageSize + " ROWS ONLY").params(params)
                .query(OperationLog::map).list();
        return new Page(entries, total, page, pageSize);
    }

    private static String where(Search search, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (search.user() != null) {
            sql.append(" AND user_id = ?");
            params.add(search.user());
        }
        if (search.action() != null) {
            sql.append(" AND action = ?");
            params.add(search.action());
        }
        if (search.from() != null) {
            sql.append(" AND logged_at >= ?");
            params.add(search.from().atStartOfDay());
        }
        if (search.to() != null) {
            sql.append(" AND logged_at < ?");
            params.add(search.to().plusDays(1).atStartOfDay());
        }
        if (search.target() != null) {
            sql.append(" AND LOWER(target) LIKE ? ESCAPE '\\'");
            params.add("%" + search.target().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    public Optional<Entry> last() {
        return jdbc.sql("SELECT * FROM operation_log ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").query(OperationLog::map)
                .optional();
    }

    static String hash(String prev, LocalDateTime at, String userId, String action, String target, String result,
            String ip) {
        String text = String.join("\u001f", prev, TIME.format(at), nz(userId), nz(action), nz(target), nz(result), nz(ip));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("logged_at", LocalDateTime.class), rs.getString("user_id"),
                rs.getString("action"), rs.getString("target"), rs.getString("result"), rs.getString("ip"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The address of the request being served, or null outside a request (a job, a timer, start-up). */
    static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Any 12-digit number masked whole: a My Number typed where it does not belong never reaches the log. */
    public static String maskMyNumbers(String text) {
        return text == null ? null : MY_NUMBER_LIKE.matcher(text).replaceAll("************");
    }

    /**
     * What the table keeps of a field (and what its hash covers): masked, without NUL (PostgreSQL refuses it in
     * text), then cut to the column — never inside a surrogate pair, which the driver would store as '?'.
     */
    static String stored(String value, int width) {
        if (value == null) {
            return null;
        }
        String masked = maskMyNumbers(value).replace('\u0000', '\uFFFD');
        if (masked.length() <= width) {
            return masked;
        }
        int end = Character.isHighSurrogate(masked.charAt(width - 1)) ? width - 1 : width;
        return masked.substring(0, end);
    }

    private static String nodeAddress() {
        try {
            return "node " + InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException | SecurityException e) {
            return "node";
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
