package jp.lg.collection.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Logs every call of our own pages and API ({@code /cases/**}, {@code /statistics}, {@code /audit/**},
 * {@code /api/**}) once it is answered: the user,
 * the action (case view, PDF download, CSV export, import, sweep, print batch, My Number search, other view or
 * update, another department's tax inquiry),
 * the target (the path with its ids and the few query parameters that name a record) and the HTTP result.
 * Controllers may name the target more precisely with {@link #TARGET}. Request bodies are never logged.
 * Camunda's own operations (task completion in Tasklist or /engine-rest) are in Camunda's user operation log.
 */
@Configuration
public class AuditInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /** Request attribute a controller sets to name what was touched (e.g. the addressee a search found). */
    public static final String TARGET = AuditInterceptor.class.getName() + ".target";
    private static final List<String> QUERY_PARAMETERS = List.of("addresseeNo", "asOf", "kind", "fiscalYear", "caseId",
            "user", "action", "date", "from", "to", "target", "taxItem", "district", "page");

    private final OperationLog log;

    public AuditInterceptor(OperationLog log) {
        this.log = log;
    }

    /**
     * The request is known to the operation log from the first filter on (its client address; the channel of a
     * login). Without this, Jersey's auto-configuration registers the filter after Spring Security, and logins,
     * failed logins and refusals were logged without an address.
     */
    @Bean
    static OrderedRequestContextFilter auditRequestContextFilter() {
        return new OrderedRequestContextFilter();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // first, so that a request another interceptor refuses is logged too
        registry.addInterceptor(this).addPathPatterns("/api/**", "/cases", "/cases/**", "/admin/**", "/payments/**",
                "/statistics", "/statistics/**", "/audit/**").order(-10);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String method = request.getMethod();
        String action = action(method, pattern == null ? request.getRequestURI() : pattern.toString());
        Principal user = request.getUserPrincipal();
        int status = response.getStatus();
        String result = ex != null ? "ERROR " + ex.getClass().getSimpleName()
                : status < 400 ? "OK" : status == 403 ? "DENIED" : "ERROR " + status;
        log.record(user == null ? null : user.getName(), action, target(request), result);
    }

    static String action(String method, String pattern) {
        if (pattern.endsWith(".csv")) {
            return "CSV_EXPORT";
        }
        return switch (method + " " + pattern) {
            case "GET /cases/{caseId}" -> "CASE_VIEW";
            case "GET /cases" -> "CASE_SEARCH";
            case "GET /cases/{caseId}/documents/{id}", "GET /api/documents/{id}" -> "PDF_DOWNLOAD";
            case "GET /api/certificates" -> "CERTIFICATE_PRINT";
            case "POST /api/imports/{kind}" -> "IMPORT";
            case "POST /api/sweeps" -> "SWEEP";
            case "POST /api/print-batches" -> "PRINT_BATCH";
            case "POST /api/taxpayers/by-my-number" -> "MY_NUMBER_SEARCH";
            case "POST /api/admin/late-charge-rates", "POST /admin/late-charge-rates" -> "LATE_CHARGE_RATE_ADD";
            case "PUT /api/admin/collector-districts/{userId}" -> "COLLECTOR_DISTRICTS_SET";
            case "POST /api/selections/{id}/bulk-reminders" -> "BULK_REMINDER";
            case "PUT /api/rank-weights" -> "RANK_WEIGHTS_SET";
            case "GET /api/inquiries/taxpayers/{addresseeNo}" -> "TAX_INQUIRY";
            default -> pattern.startsWith("/api/audit/") || pattern.startsWith("/audit/") ? "AUDIT_VIEW"
                    : method.equals("GET") || method.equals("HEAD") ? "VIEW" : "UPDATE";
        };
    }

    private static String target(HttpServletRequest request) {
        StringBuilder target = new StringBuilder(request.getRequestURI().substring(request.getContextPath().length()));
        String sep = "?";
        for (String name : QUERY_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null && request.getQueryString() != null && request.getQueryString().contains(name + "=")) {
                target.append(sep).append(name).append('=').append(value);
                sep = "&";
            }
        }
        Object named = request.getAttribute(TARGET);
        if (named != null) {
            target.append(" → ").append(named);
        }
        return target.toString();
    }
}
