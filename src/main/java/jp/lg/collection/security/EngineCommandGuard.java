package jp.lg.collection.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * What Camunda's authorizations do not express, checked in the engine itself for every caller that is a person
 * (engine-rest, Tasklist, Cockpit, Admin: the commands carry the user; the application's own calls carry none):
 * <ul>
 * <li><b>Comments and attachments</b> — the engine checks nothing on them. Reading needs the right to read the
 * task (or its process instance, or, once it is finished, its history); writing needs the right to work the
 * task (or to change the instance). So an auditor writes none, and a collector reads none outside his
 * districts.</li>
 * <li><b>Deleting models</b> — nobody but an administrator deletes a deployment or a process definition with
 * {@code cascade} (which deletes the cases and their history with it) or one that has cases, running or
 * finished: the model stays the record of how those cases were handled.</li>
 * </ul>
 * A refusal is an {@link AuthorizationException}: engine-rest and the webapps answer 403.
 */
@Component
public class EngineCommandGuard extends AbstractProcessEnginePlugin {

    static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Commands on comments and attachments that read. */
    static final Set<String> READS = Set.of("GetTaskCommentsCmd", "GetTaskCommentCmd", "GetProcessInstanceCommentsCmd",
            "GetTaskAttachmentsCmd", "GetTaskAttachmentCmd", "GetTaskAttachmentContentCmd", "GetAttachmentCmd",
            "GetAttachmentContentCmd", "GetProcessInstanceAttachmentsCmd");
    /** Commands on comments and attachments that write without an authorization check of their own. */
    static final Set<String> WRITES = Set.of("AddCommentCmd", "CreateAttachmentCmd", "DeleteAttachmentCmd",
            "SaveAttachmentCmd");

    private static final Map<String, Optional<Field>> FIELDS = new ConcurrentHashMap<>();
    /**
     * The refusal of a comment or attachment in this thread: engine-rest answers every failure of those two
     * calls as 400 "Not enough parameters submitted", so {@link EngineWriteAudit} turns it back into the 403.
     */
    private static final ThreadLocal<AuthorizationException> REFUSED = new ThreadLocal<>();

    /** The comment or attachment refusal of this thread, if any, and forgets it. */
    public static AuthorizationException takeRefusal() {
        AuthorizationException refusal = REFUSED.get();
        REFUSED.remove();
        return refusal;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
        List<CommandInterceptor> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(new Guard());
        return all;
    }

    static final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context != null && context.getAuthenticatedUserId() != null && context.isAuthorizationCheckEnabled()) {
                check(command, context);
            }
            return next.execute(command);
        }
    }

    static void check(Command<?> command, CommandContext context) {
        String name = command.getClass().getSimpleName();
        if (command.getClass().getPackageName().equals("org.camunda.bpm.engine.impl.cmd")
                && (READS.contains(name) || WRITES.contains(name))) {
            try {
                commentOrAttachment(command, context, WRITES.contains(name));
            } catch (AuthorizationException refused) {
                REFUSED.set(refused);
                throw refused;
            }
        } else if (command instanceof DeleteDeploymentCmd delete) {
            if (!admin(context)) {
                String deploymentId = (String) field(delete, "deploymentId");
                refuseCascade((Boolean) field(delete, "cascade"));
                refuseWithCases(context, context.runWithoutAuthorization(() -> context.getProcessDefinitionManager()
                        .findProcessDefinitionsByDeploymentId(deploymentId)));
            }
        } else if (command instanceof DeleteProcessDefinitionsByIdsCmd delete) {
            if (!admin(context)) {
                refuseCascade((Boolean) field(delete, "cascadeToInstances"));
                refuseCascade((Boolean) field(delete, "cascadeToHistory"));
                @SuppressWarnings("unchecked")
                Set<String> ids = (Set<String>) field(delete, "processDefinitionIds");
                refuseWithCases(context, context.runWithoutAuthorization(
                        () -> context.getProcessDefinitionManager().findDefinitionsByIds(ids)));
            }
        } else if (command instanceof DeleteProcessDefinitionsByKeyCmd delete) {
            if (!admin(context)) {
                refuseCascade((Boolean) field(delete, "cascade"));
                String key = (String) field(delete, "processDefinitionKey");
                refuseWithCases(context, context.runWithoutAuthorization(() -> context.getProcessDefinitionManager()
                        .findProcessDefinitionsByKey(key)));
            }
        }
    }

    /** Administrators (Camunda's own admin group or ours) may still delete with cascade, e.g. a test deployment. */
    static boolean admin(CommandContext context) {
        List<String> groups = context.getAuthenticatedGroupIds();
        return groups != null && (groups.contains(CAMUNDA_ADMIN) || groups.contains(Roles.ADMINS))
                || context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication());
    }

    private static void refuseCascade(Boolean cascade) {
        if (Boolean.TRUE.equals(cascade)) {
            throw new AuthorizationException("モデルの連鎖削除（cascade: 案件と履歴も削除）は管理者以外できません");
        }
    }

    private static void refuseWithCases(CommandContext context, List<ProcessDefinition> definitions) {
        for (ProcessDefinition definition : definitions) {
            long running = context.runWithoutAuthorization(() -> new ProcessInstanceQueryImpl()
                    .processDefinitionId(definition.getId()).executeCount(context));
            long finished = context.runWithoutAuthorization(() -> new HistoricProcessInstanceQueryImpl()
                    .processDefinitionId(definition.getId()).executeCount(context));
            if (running + finished > 0) {
                throw new AuthorizationException("モデル " + definition.getKey() + "（版 " + definition.getVersion()
                        + "）には案件（実行中 " + running + " 件、終了 " + finished + " 件）があるため削除できません");
            }
        }
    }

    private static void commentOrAttachment(Command<?> command, CommandContext context, boolean write) {
        String taskId = (String) field(command, "taskId");
        String processInstanceId = (String) field(command, "processInstanceId");
        String attachmentId = (String) field(command, "attachmentId");
        Object attachment = field(command, "attachment");
        if (attachment instanceof Attachment a) {
            attachmentId = a.getId();
        }
        if (taskId == null && processInstanceId == null && attachmentId != null) {
            String id = attachmentId;
            AttachmentEntity stored = context.runWithoutAuthorization(
                    () -> context.getDbEntityManager().selectById(AttachmentEntity.class, id));
            if (stored != null) {
                taskId = stored.getTaskId();
                processInstanceId = stored.getProcessInstanceId();
            }
        }
        List<CommandChecker> checkers = context.getProcessEngineConfiguration().getCommandCheckers();
        if (taskId != null) {
            String id = taskId;
            TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(id));
            if (task != null) {
                checkers.forEach(write ? c -> c.checkTaskWork(task) : c -> c.checkReadTask(task));
                return;
            }
            HistoricTaskInstanceEntity done = context.runWithoutAuthorization(
                    () -> context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(id));
            if (done != null) {
                finishedCase(context, checkers, done.getProcessDefinitionKey(), write);
                return;
            }
        }
        if (processInstanceId != null) {
            String id = processInstanceId;
            ExecutionEntity instance = context.runWithoutAuthorization(
                    () -> context.getExecutionManager().findExecutionById(id));
            if (instance != null) {
                checkers.forEach(write ? c -> c.checkUpdateProcessInstanceById(id)
                        : c -> c.checkReadProcessInstance(id));
                return;
            }
            HistoricProcessInstanceEntity done = context.runWithoutAuthorization(
                    () -> context.getDbEntityManager().selectById(HistoricProcessInstanceEntity.class, id));
            if (done != null) {
                finishedCase(context, checkers, done.getProcessDefinitionKey(), write);
            }
        }
    }

    /** A finished task or case: its comments are history (READ_HISTORY); nobody but an admin adds to them. */
    private static void finishedCase(CommandContext context, List<CommandChecker> checkers, String definitionKey,
            boolean write) {
        if (write && !admin(context)) {
            throw new AuthorizationException("終了したタスク・案件にはコメントや添付を追加できません");
        }
        if (definitionKey != null) {
            checkers.forEach(c -> c.checkReadHistoryProcessDefinition(definitionKey));
        }
    }

    /** A command's argument by field name (commands keep their arguments in fields without getters); null if none. */
    private static Object field(Object target, String name) {
        Optional<Field> field = FIELDS.computeIfAbsent(target.getClass().getName() + "#" + name, k -> {
            for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.setAccessible(true);
                    return Optional.of(f);
                } catch (NoSuchFieldException e) {
                    // the superclass
                }
            }
            return Optional.empty();
        });
        try {
            return field.isEmpty() ? null : field.get().get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
