package jp.lg.collection.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.forms.FormSchema;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A step can be found from its name alone: service task {@code Task_IssueDunningNotice} is bound to the
 * delegate bean {@code issueDunningNotice} (class IssueDunningNotice), one to one; every user task has its
 * Camunda Form, deployed with it.
 */
class ModelBindingTest extends ProcessTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    FormSchema forms;

    List<BpmnModelInstance> deployedModels() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getId).map(engine.getRepositoryService()::getBpmnModelInstance).toList();
    }

    @Test
    void everyServiceTaskHasItsOwnDelegateNamedAfterIt() {
        Map<String, String> taskByDelegate = new HashMap<>();
        for (BpmnModelInstance model : deployedModels()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expected = "${" + Character.toLowerCase(task.getId().charAt(5)) + task.getId().substring(6) + "}";
                assertThat(task.getId()).startsWith("Task_");
                assertThat(task.getCamundaDelegateExpression()).as(task.getId()).isEqualTo(expected);
                String bean = expected.substring(2, expected.length() - 1);
                assertThat(context.getBean(bean)).as(bean).isInstanceOf(JavaDelegate.class);
                assertThat(context.getBean(bean).getClass().getSimpleName()).startsWith(task.getId().substring(5));
                String previous = taskByDelegate.put(bean, task.getId());
                assertThat(previous).as("delegate %s used by %s and %s", bean, previous, task.getId()).isNull();
            }
        }
        assertThat(taskByDelegate.keySet()).containsExactlyInAnyOrder(context.getBeanNamesForType(JavaDelegate.class));
    }

    @Test
    void everyUserTaskHasADeployedForm() {
        for (BpmnModelInstance model : deployedModels()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                assertThat(formRef).as(task.getId()).isNotBlank();
                assertThat(forms.knows(formRef)).as("%s → form %s", task.getId(), formRef).isTrue();
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            }
        }
    }
}
