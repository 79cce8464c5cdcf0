package jp.lg.collection.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.lg.collection.ProcessTestSupport;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;

/** The engine's own id check, still refusing what it refused, in the engine the application runs. */
class EntityIdCheckPluginTest extends ProcessTestSupport {

    @Test
    void theEngineOpensTheCheapCheckAndItStillRefusesBadIds() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DbEntityManager manager = config.getCommandExecutorTxRequired()
                .execute(context -> context.getSession(DbEntityManager.class));
        assertThat(manager).isInstanceOf(EntityIdCheckPlugin.IdCheckingEntityManager.class);

        var check = (EntityIdCheckPlugin.IdCheckingEntityManager) manager;
        ExecutionEntity execution = new ExecutionEntity();
        execution.setId("*");
        assertThatThrownBy(() -> check.validateId(execution)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("has an invalid id").hasMessageContaining("*");
        execution.setId(null);
        assertThatThrownBy(() -> check.validateId(execution)).isInstanceOf(ProcessEngineException.class);
        execution.setId("0f8e6a2c-e946-11f1-8769-02fc00000001");
        assertThatCode(() -> check.validateId(execution)).doesNotThrowAnyException();
    }
}
