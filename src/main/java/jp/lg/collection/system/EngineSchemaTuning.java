package jp.lg.collection.system;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <li><b>Queue tables.</b> Jobs, executions, variables, event subscriptions, tasks and their grants are
 * inserted and deleted by the hundred thousand in a night: autovacuum is told to clean them at 2 % of dead
 * rows instead of 20 %, so the job executor's acquisition does not scan dead rows.</li>
 * </ul>
 */
@Component
public class EngineSchemaTuning extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaTuning.class);
    static final String AUTH_STATISTICS = "act_ru_auth_perms";
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
        // the grant checks of task, process and history queries: READ (2), READ_TASK (64), by resource type
        jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + AUTH_STATISTICS
                + " (mcv) ON (perms_ & 2), (perms_ & 64), resource_type_ FROM act_ru_authorization");
        jdbc.execute("ANALYZE act_ru_authorization");
        for (String table : QUEUE_TABLES) {
            jdbc.execute("ALTER TABLE " + table
                    + " SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)");
        }
        LOG.info("engine schema tuned for PostgreSQL: grant statistics, autovacuum of {} queue tables",
                QUEUE_TABLES.size());
    }
}
