package jp.lg.collection.system;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost database (PostgreSQL restarted, the connection dropped, the pool finding no connection) from a
 * refused statement. A long run waits for the database and retries after the first; only the second is the
 * record's fault.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01–57P03: the server shut down or is starting (PostgreSQL)
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && is(sql.getNextException())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (is(suppressed)) {
                    return true; // a rollback that failed after the statement that lost the connection
                }
            }
        }
        return false;
    }
}
