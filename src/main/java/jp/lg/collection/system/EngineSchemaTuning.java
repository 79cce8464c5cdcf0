package jp.lg.collection.system;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL only: what the engine's own schema lacks at a city's scale, applied (idempotently) once the
 * engine has created or updated its tables. Measured by the benchmark (bench/README.md):
 * <ul>
 * <li><b>Task list.</b> With authorization on, Camunda joins every task of a list to the authorizations
 * that grant it, on {@code PERMS_ & ? = ?}. PostgreSQL cannot estimate that expression (it assumes 0.5 %
 * match), plans a scan of every grant for every task, and a collector's list took 3 s alone and 10 s under
 * load at 10 000 open tasks. Statistics on the expressions let it probe the grants' index per task instead
 * (≈ 0.1 s).</li>
 * <li><b>Job acquisition.</b> Every acquisition asks for due, unlocked jobs and, for exclusive ones, that no
 * job of the same process instance is locked. With 100 000 cases each holding a timer, PostgreSQL scanned the
 * job table for both parts: 655 ms per acquisition in the benchmark's reminder round (38 cases/s). An index
 * of the acquirable jobs by due date and a partial index of the locked ones by process instance: 1.3 ms.</li>
 * <li><b>Ending a case with an open task.</b> Deleting a task, the engine looks for its subtasks by
 * {@code PARENT_TASK_ID_}, which has no index: a scan of every open task for each case a payment file
 * ends — the largest single statement of a 100 000-line file at 50 000 open tasks.</li>
 * <li><b>Cases.</b> The sweep's lookup of a chunk's open cases was planned when the case table was
 * small and kept scanning it as it grew (half of PostgreSQL's busy time in a 100 000-case first sweep):
 * analyzed at 2 % of changes, the plan follows the table.</li>
 * <li><b>Queue tables.</b> Jobs, executions, variables, event subscriptions, tasks and their grants are
 * inserted and deleted by the hundred thousand in a night: autovacuum is told to clean them at 2 % of dead
 * rows instead of 20 %, so the job executor's acquisition does not scan dead rows.</li>
 * </ul>
 */
@Component
public class EngineSchemaTuning extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaTuning.class);
    static final String AUTH_STATISTICS = "act_ru_auth_perms";
    static final String JOB_ACQUIRABLE = "act_idx_job_acquirable";
    static final String JOB_LOCKED = "act_idx_job_locked";
    static final String TASK_PARENT = "act_idx_task_parent";
    static final List<String> QUEUE_TABLES = List.of("act_ru_job", "act_ru_execution", "act_ru_variable",
            "act_ru_event_subscr", "act_ru_task", "act_ru_identitylink", "act_ru_authorization");

    private final DataSource dataSource;

    public EngineSchemaTuning(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (database == null || !database.toLowerCase().contains("postgres")) {
            return;
        }
        List<String> statements = new java.util.ArrayList<>(List.of(
                // the grant checks of task, process and history queries: READ (2), READ_TASK (64), by resource type
                "CREATE STATISTICS IF NOT EXISTS " + AUTH_STATISTICS
                        + " (mcv) ON (perms_ & 2), (perms_ & 64), resource_type_ FROM act_ru_authorization",
                "ANALYZE act_ru_authorization",
                "CREATE INDEX IF NOT EXISTS " + JOB_ACQUIRABLE
                        + " ON act_ru_job (duedate_) WHERE retries_ > 0 AND suspension_state_ = 1",
                "CREATE INDEX IF NOT EXISTS " + JOB_LOCKED
                        + " ON act_ru_job (process_instance_id_) WHERE lock_owner_ IS NOT NULL",
                "CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON act_ru_task (parent_task_id_)"));
        for (String table : QUEUE_TABLES) {
            statements.add("ALTER TABLE " + table
                    + " SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)");
        }
        // the sweep looks up a chunk's open cases by taxpayer: a plan cached while the table was small scans it
        // for every chunk until the table is analyzed again (the first night's sweep grows it from 0 to 100 000)
        statements.add("ALTER TABLE delinquency_case SET (autovacuum_analyze_scale_factor = 0.02)");
        int failed = 0;
        for (String statement : statements) {
            try {
                jdbc.execute(statement);
            } catch (DataAccessException e) {
                // tuning, not function: a node starting at the same moment may be creating the same object
                failed++;
                LOG.warn("engine schema tuning skipped ({}): {}", statement, e.getMostSpecificCause().getMessage());
            }
        }
        LOG.info("engine schema tuned for PostgreSQL: grant statistics, job acquisition indexes, autovacuum of {} "
                + "queue tables ({} of {} statements failed)", QUEUE_TABLES.size(), failed, statements.size());
    }
}
