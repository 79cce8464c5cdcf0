package jp.lg.collection.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refused task form, as Tasklist shows it, in Japanese. The engine's REST API wraps every refusal as
 * 「Cannot submit task form 3f2a…: promisedDate: 納付約束日は明日以降…」: the task's id and the variable's
 * name mean nothing to a clerk. This filter rewrites the message of a refused {@code submit-form} or
 * {@code complete} (Tasklist's {@code /camunda/api/engine/…} and {@code /engine-rest/…}) to
 * 「納付約束日: 納付約束日は明日以降…」 — the field's label from the task's form ({@link FormSchema}) — and says
 * in Japanese that nothing was saved when the engine's own message is English.
 */
@Component
public class TaskErrorMessages extends OncePerRequestFilter {

    private static final Pattern ENDPOINT = Pattern.compile(".*/task/([0-9a-fA-F-]+)/(submit-form|complete)$");
    private static final Pattern PREFIX = Pattern.compile("^Cannot (?:submit task form|complete task) [0-9a-fA-F-]+: ");
    /** A task listener's refusal, as the engine wraps it (ENGINE-03051 … Message: '…'). */
    private static final Pattern LISTENER = Pattern.compile("^ENGINE-\\d+ There was an exception while invoking the "
            + "TaskListener\\. Message: '(.*)'$", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*): (.*)$", Pattern.DOTALL);
    private static final Pattern JAPANESE = Pattern.compile(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*",
            Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService tasks;
    private final FormSchema forms;

    public TaskErrorMessages(TaskService tasks, FormSchema forms) {
        this.tasks = tasks;
        this.forms = forms;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ENDPOINT.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() >= 400 && body.length > 0 && String.valueOf(wrapper.getContentType()).contains("json")) {
            try {
                JsonNode json = JSON.readTree(body);
                if (json instanceof ObjectNode object && json.path("message").isTextual()) {
                    Matcher m = ENDPOINT.matcher(request.getRequestURI());
                    String taskId = m.matches() ? m.group(1) : null;
                    object.put("message", message(json.get("message").asText(), formOf(taskId)));
                    wrapper.resetBuffer();
                    wrapper.getOutputStream().write(JSON.writeValueAsString(object).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException unreadable) {
                // not the engine's error JSON: passed on as it came
            }
        }
        wrapper.copyBodyToResponse();
    }

    /** The message a clerk reads; {@code formId} may be null (the field's name is then dropped). */
    String message(String engineMessage, String formId) {
        String text = PREFIX.matcher(engineMessage).replaceFirst("");
        Matcher listener = LISTENER.matcher(text);
        if (listener.matches()) {
            text = listener.group(1);
        }
        Matcher field = FIELD.matcher(text);
        if (field.matches()) {
            String label = formId == null ? field.group(1) : forms.label(formId, field.group(1));
            text = label.equals(field.group(1)) || field.group(2).contains("「" + label + "」") ? field.group(2)
                    : label + ": " + field.group(2);
        }
        if (!JAPANESE.matcher(text).matches()) {
            return "入力を保存できませんでした。もう一度お試しいただき、解決しない場合はシステム管理者に連絡してください (詳細: "
                    + text + ")";
        }
        return text;
    }

    private String formOf(String taskId) {
        if (taskId == null) {
            return null;
        }
        try {
            Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            return task == null || task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        } catch (RuntimeException e) {
            return null; // e.g. not authorized to read the task: the message goes without the label
        }
    }
}
