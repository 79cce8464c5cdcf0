package jp.lg.collection.system;

import static org.assertj.core.api.Assertions.assertThat;

import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.TestDatabase;
import org.junit.jupiter.api.Test;

/** On PostgreSQL the engine's tables get the statistics and autovacuum settings a city's volume needs. */
class EngineSchemaTuningTest extends ProcessTestSupport {

    @Test
    void postgresKnowsHowManyGrantsMatchFindsDueJobsByIndexAndCleansTheQueueTablesEarly() {
        if (!TestDatabase.postgres()) {
            // H2 has neither; the plugin leaves it alone (and the application started)
            assertThat(engine.getName()).isNotBlank();
            return;
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = ?")
                .param(EngineSchemaTuning.AUTH_STATISTICS).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'act_ru_job'").query(String.class)
                .list()).contains(EngineSchemaTuning.JOB_ACQUIRABLE, EngineSchemaTuning.JOB_LOCKED);
        assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'act_ru_task'").query(String.class)
                .list()).contains(EngineSchemaTuning.TASK_PARENT);
        assertThat(jdbc.sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'delinquency_case'")
                .query(String.class).single()).contains("autovacuum_analyze_scale_factor=0.02");
        for (String table : EngineSchemaTuning.QUEUE_TABLES) {
            assertThat(jdbc.sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = ?")
                    .param(table).query(String.class).single()).as(table)
                    .contains("autovacuum_vacuum_scale_factor=0.02");
        }
    }
}
