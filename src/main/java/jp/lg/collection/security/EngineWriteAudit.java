package jp.lg.collection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.lg.collection.audit.OperationLog;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's own doors into the operation log: every call that changes something through {@code /engine-rest}
 * or the webapps' API ({@code /camunda/api}: Tasklist, Cockpit, Admin) — task claim, assignment and completion,
 * comments and attachments, variable changes, deployments, deletes, suspensions — with the user, the client's
 * address (OperationLog), the path and the answer (OK, DENIED for a 403, ERROR and the status otherwise).
 * Queries sent as POST (task lists, filters, history searches, Cockpit's statistics) are reads and not logged;
 * the webapps' login and logout are {@code CamundaLoginAuditFilter}'s. Deployments are also logged per resource
 * with their SHA-256 by {@link ModelDeploymentPlugin}. A comment or attachment the engine refused is answered
 * 403 with the refusal (engine-rest would say 400 "Not enough parameters submitted").
 */
@Configuration
public class EngineWriteAudit {

    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_API = "/camunda/api";
    static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+");
    /** POST bodies that are queries: the engine REST API's query resources, their counts, a filter's list. */
    static final Pattern QUERY = Pattern.compile("^/(task|process-instance|execution|variable-instance|external-task"
            + "|job|job-definition|case-instance|case-execution|history/(process-instance|activity-instance|task"
            + "|variable-instance|detail|decision-instance|external-task-log|case-instance|case-activity-instance))"
            + "(/count)?$|^/filter/[^/]+/(list|count|singleResult)$");

    @Bean
    FilterRegistrationBean<Filter> engineWriteAuditFilter(OperationLog log) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(log));
        registration.addUrlPatterns(ENGINE_REST + "/*", WEBAPP_API + "/*");
        registration.setName("engineWriteAudit");
        return registration;
    }

    /** The engine REST path of a request ({@code /task/1/complete}), or null for a webapp plugin's own API. */
    static String restPath(String path) {
        if (path.startsWith(ENGINE_REST + "/")) {
            return path.substring(ENGINE_REST.length());
        }
        var engine = WEBAPP_ENGINE.matcher(path);
        return engine.find() ? path.substring(engine.end()) : null;
    }

    /** Whether the request changes nothing: GET, a query sent as POST, a Cockpit/Tasklist plugin's query. */
    static boolean read(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        if (path.startsWith(WEBAPP_API + "/admin/auth/")) {
            return true; // login and logout: CamundaLoginAuditFilter
        }
        String rest = restPath(path);
        if (rest == null) {
            return method.equals("POST") && (path.startsWith(WEBAPP_API + "/cockpit/")
                    || path.startsWith(WEBAPP_API + "/tasklist/"));
        }
        return method.equals("POST") && QUERY.matcher(rest).matches();
    }

    /** What a write is, by method and engine REST path; the first match names it. */
    static final List<Map.Entry<Pattern, String>> ACTIONS = List.of(
            Map.entry(Pattern.compile("POST /task/[^/]+/claim"), "TASK_CLAIM"),
            Map.entry(Pattern.compile("POST /task/[^/]+/unclaim"), "TASK_UNCLAIM"),
            Map.entry(Pattern.compile("POST /task/[^/]+/(assignee|delegate|identity-links(/delete)?)"), "TASK_ASSIGN"),
            Map.entry(Pattern.compile("POST /task/[^/]+/(complete|submit-form|resolve)"), "TASK_COMPLETE"),
            Map.entry(Pattern.compile("\\w+ /(task|process-instance)/([^/]+/)?comment(/.*)?"), "COMMENT"),
            Map.entry(Pattern.compile("\\w+ /task/[^/]+/attachment(/.*)?"), "ATTACHMENT"),
            Map.entry(Pattern.compile("\\w+ .*/(variables|localVariables)(/.*)?"), "VARIABLE_UPDATE"),
            Map.entry(Pattern.compile("POST /deployment/(create|[^/]+/redeploy)"), "DEPLOYMENT_CREATE"),
            Map.entry(Pattern.compile("DELETE /deployment/.*"), "DEPLOYMENT_DELETE"),
            Map.entry(Pattern.compile("DELETE /process-definition/.*"), "DEFINITION_DELETE"),
            Map.entry(Pattern.compile("\\w+ .*/suspended(-async)?"), "SUSPENSION"),
            Map.entry(Pattern.compile("(DELETE /process-instance/.*|POST /process-instance/delete.*)"),
                    "INSTANCE_DELETE"));

    static String action(String method, String path) {
        String rest = restPath(path);
        if (rest != null) {
            String call = method + " " + rest;
            for (var action : ACTIONS) {
                if (action.getKey().matcher(call).matches()) {
                    return action.getValue();
                }
            }
        }
        return "ENGINE_UPDATE";
    }

    /** The engine REST calls that answer the guard's refusal as 400 (see {@link EngineCommandGuard#takeRefusal}). */
    static final Pattern COMMENT_OR_ATTACHMENT = Pattern.compile("^/task/[^/]+/(comment|attachment)/create$");

    static final class Filter extends OncePerRequestFilter {

        private final OperationLog log;

        Filter(OperationLog log) {
            this.log = log;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return read(request.getMethod(), path(request));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String user = user(request);
            String rest = restPath(path(request));
            int status = 500;
            try {
                if (rest != null && COMMENT_OR_ATTACHMENT.matcher(rest).matches()) {
                    status = answerRefusalAs403(request, response, chain);
                } else {
                    chain.doFilter(request, response);
                    status = response.getStatus();
                }
            } finally {
                String path = path(request);
                String query = request.getMethod().equals("DELETE") && request.getQueryString() != null
                        ? "?" + request.getQueryString() : "";
                log.record(user, action(request.getMethod(), path), request.getMethod() + " " + path + query,
                        status < 400 ? "OK" : status == 403 ? "DENIED" : "ERROR " + status);
            }
        }

        private static int answerRefusalAs403(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            EngineCommandGuard.takeRefusal();
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, buffered);
            var refusal = EngineCommandGuard.takeRefusal();
            if (refusal == null) {
                buffered.copyBodyToResponse();
                return response.getStatus();
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"type\":\"AuthorizationException\",\"message\":\""
                    + refusal.getMessage().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HttpServletResponse.SC_FORBIDDEN;
        }

        private static String path(HttpServletRequest request) {
            return request.getRequestURI().substring(request.getContextPath().length());
        }

        /** The user Spring authenticated (engine-rest), or the webapps' own login in the session. */
        private static String user(HttpServletRequest request) {
            Principal principal = request.getUserPrincipal();
            if (principal != null) {
                return principal.getName();
            }
            var session = request.getSession(false);
            return session == null || !(session.getAttribute(CamundaWebappSessionFilter.SESSION_ATTRIBUTE)
                    instanceof Authentications webapp) ? null
                    : webapp.getAuthentications().stream().map(Authentication::getIdentityId).findFirst().orElse(null);
        }
    }
}
