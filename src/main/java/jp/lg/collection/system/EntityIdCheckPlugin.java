package jp.lg.collection.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine checks the id of every row it inserts (not null, not the reserved {@code *}) and builds the
 * error message for it — {@code "Entity " + entity + " has an invalid id"}, with the entity's full
 * {@code toString()} — before knowing whether the id is wrong. That string was 12 % of the CPU of the nightly
 * sweep's threads (JFR, bench/README.md). Same check here, the message built only when it fails.
 * {@code collection.engine.lazy-id-check=false} leaves the engine's own (the stock comparison does).
 */
@Component
@ConditionalOnProperty(name = "collection.engine.lazy-id-check", havingValue = "true", matchIfMissing = true)
public class EntityIdCheckPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        IdGenerator ids = configuration.getIdGenerator();
        configuration.getSessionFactories().put(DbEntityManager.class, new DbEntityManagerFactory(ids) {
            @Override
            public DbEntityManager openSession() {
                return new IdCheckingEntityManager(ids,
                        Context.getCommandContext().getSession(PersistenceSession.class));
            }
        });
    }

    static final class IdCheckingEntityManager extends DbEntityManager {

        IdCheckingEntityManager(IdGenerator ids, PersistenceSession session) {
            super(ids, session);
        }

        @Override
        protected void validateId(DbEntity entity) {
            String id = entity.getId();
            if (id == null || "*".equals(id)) {
                super.validateId(entity); // throws, naming the entity
            }
        }
    }
}
