package jp.lg.collection.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A lost database (waited for, retried) is told from a refused record (the record's fault). */
class DatabaseOutageTest {

    @Test
    void aRestartOrALostConnectionIsAnOutageWhereverItIsWrapped() {
        // PostgreSQL restarted under a statement: 57P01 admin_shutdown, reached through the engine's wrapping
        assertThat(DatabaseOutage.is(new ProcessEngineException("flush failed",
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))))
                .isTrue();
        assertThat(DatabaseOutage.is(new SQLException("An I/O error occurred while sending to the backend.", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.is(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.is(new IllegalStateException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aRefusedRecordIsNot() {
        assertThat(DatabaseOutage.is(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.is(new IllegalArgumentException("addresseeNo: 宛名番号 1 の納税義務者は登録されていません")))
                .isFalse();
        assertThat(DatabaseOutage.is(null)).isFalse();
    }
}
