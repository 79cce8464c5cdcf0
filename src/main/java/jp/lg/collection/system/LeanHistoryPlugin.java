package jp.lg.collection.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level {@code full}, minus the rows nobody reads: a case's history keeps every process, activity,
 * task, variable (latest value), incident, identity link, job run (success and failure) and Camunda's user
 * operation log — who claimed, completed or changed what in Tasklist, Cockpit or the REST API. Two kinds of
 * row are left out:
 * <ul>
 * <li>the per-revision variable detail ({@code ACT_HI_DETAIL}) of changes the system makes — the nightly
 * sweep, delegates, timers, imports; a change made by a person (a form completed in Tasklist, a variable set
 * through the REST API: the command has an authenticated user) keeps its detail row, so an auditor still
 * sees each value a person entered;</li>
 * <li>the job log's "created" and "deleted" entries ({@code ACT_HI_JOB_LOG}): which node ran a job, and
 * every failure with its stack trace, stay.</li>
 * </ul>
 * Measured by the benchmark: of the 45 rows a new delinquency case wrote, these were 7 (bench/README.md).
 * {@code collection.history.lean=false} writes everything again (the stock comparison does).
 */
@Component
public class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

    private final boolean lean;

    public LeanHistoryPlugin(@Value("${collection.history.lean:true}") boolean lean) {
        this.lean = lean;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (lean && configuration.getHistoryEventHandler() == null) {
            configuration.setHistoryEventHandler(new LeanHistoryHandler());
        }
    }

    /** The engine's own database handler, with the two omissions above. */
    static final class LeanHistoryHandler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricJobLogEvent job && (job.isCreationLog() || job.isDeletionLog())) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return super.shouldWriteHistoricDetail(event) && byPerson();
        }

        private static boolean byPerson() {
            CommandContext command = Context.getCommandContext();
            return command != null && command.getAuthenticatedUserId() != null;
        }
    }
}
