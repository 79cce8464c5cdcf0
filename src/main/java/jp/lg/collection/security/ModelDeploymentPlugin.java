package jp.lg.collection.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.collection.audit.OperationLog;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Designers change models, not the machine (docs/model-rules.md). For every new deployment — Modeler and
 * {@code POST /engine-rest/deployment/create}, a redeploy, the start-up deployment of {@code bpmn/} and
 * {@code forms/} — the engine first checks each resource against {@link ModelRules} and refuses the whole
 * deployment with a {@link ParseException} naming each element and rule (engine-rest answers it with 400 and
 * the details Modeler shows). Expressions resolve only the application's delegate beans (JavaDelegate,
 * ExecutionListener and TaskListener beans of {@code jp.lg.collection}), not every Spring bean. A deployment
 * that is stored is written to the operation log after its commit: who, and each resource with its SHA-256.
 */
@Component
public class ModelDeploymentPlugin extends AbstractProcessEnginePlugin {

    static final String PACKAGE = "jp.lg.collection.";

    private final ApplicationContext context;
    private final OperationLog log;
    private volatile Set<String> delegates;

    public ModelDeploymentPlugin(ApplicationContext context, OperationLog log) {
        this.context = context;
        this.log = log;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DelegateBeans beans = new DelegateBeans();
        configuration.setBeans(beans);
        // the factory bean made its expression manager (every bean) before the plugins ran: replace it
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
        configuration.setCustomPreDeployers(with(configuration.getCustomPreDeployers(), this::validate));
        configuration.setCustomPostDeployers(with(configuration.getCustomPostDeployers(), this::logAfterCommit));
    }

    private static List<Deployer> with(List<Deployer> existing, Deployer deployer) {
        List<Deployer> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(deployer);
        return all;
    }

    /** The application's delegate beans: the only names an expression may resolve to a bean. */
    public Set<String> delegateBeans() {
        Set<String> names = delegates;
        if (names == null) {
            names = new LinkedHashSet<>();
            for (Class<?> type : List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)) {
                for (String name : context.getBeanNamesForType(type, true, false)) {
                    Class<?> beanType = context.getType(name, false);
                    if (beanType != null && beanType.getName().startsWith(PACKAGE)) {
                        names.add(name);
                    }
                }
            }
            delegates = names = Set.copyOf(names);
        }
        return names;
    }

    void validate(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Set<String> allowed = delegateBeans();
        Map<String, List<ModelRules.Finding>> byResource = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<ModelRules.Finding> findings = ModelRules.check(resource.getName(), resource.getBytes(),
                    allowed::contains, name -> !allowed.contains(name) && context.containsBean(name));
            if (!findings.isEmpty()) {
                byResource.put(resource.getName(), findings);
            }
        }
        if (byResource.isEmpty()) {
            return;
        }
        var first = byResource.entrySet().iterator().next();
        String message = "配備できないモデルです（docs/model-rules.md）: " + byResource.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(f -> e.getKey() + " " + f.getMessage()))
                .limit(10).collect(Collectors.joining(" / "));
        throw new ParseException(message, first.getKey(), new ArrayList<Problem>(first.getValue()), List.of());
    }

    void logAfterCommit(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        String user = Context.getCommandContext().getAuthenticatedUserId();
        List<String> targets = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            targets.add(deployment.getId() + " " + resource.getName() + " sha256:" + sha256(resource.getBytes()));
        }
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> targets.forEach(target -> log.record(user == null ? "system" : user,
                        "DEPLOYMENT_RESOURCE", target, "OK")));
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delegate beans as the expression manager's bean map: looked up by name when an expression asks. */
    final class DelegateBeans extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && delegateBeans().contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return delegateBeans().stream().map(name -> Map.entry((Object) name, context.getBean(name)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
