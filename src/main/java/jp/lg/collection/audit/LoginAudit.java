package jp.lg.collection.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Logins, failed logins, logouts and refused requests of Spring Security (our pages, {@code /api},
 * {@code /engine-rest}) into the operation log; the Camunda webapps' login is {@link CamundaLoginAuditFilter}'s.
 * HTTP Basic authenticates every API call, so a successful API login is logged once per user and
 * {@value #API_SESSION_MINUTES} minutes (an "API session"); every failure is logged.
 */
@Component
public class LoginAudit {

    static final long API_SESSION_MINUTES = 30;

    private final OperationLog log;
    private final Map<String, Instant> apiSessions = new ConcurrentHashMap<>();

    public LoginAudit(OperationLog log) {
        this.log = log;
    }

    @EventListener
    public void success(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        String channel = channel();
        if (channel.equals("api")) {
            Instant now = Instant.now();
            Instant last = apiSessions.get(user);
            if (last != null && Duration.between(last, now).toMinutes() < API_SESSION_MINUTES) {
                return;
            }
            apiSessions.put(user, now);
        }
        log.record(user, "LOGIN", channel, "OK");
    }

    /** The reason in the log is the real one (a lockout), even where the 401 says only "wrong password". */
    @EventListener
    public void failure(AbstractAuthenticationFailureEvent event) {
        apiSessions.remove(event.getAuthentication().getName());
        Throwable reason = event.getException().getCause() instanceof AuthenticationException cause ? cause
                : event.getException();
        log.record(event.getAuthentication().getName(), "LOGIN_FAILED", channel(),
                reason.getClass().getSimpleName() + ": " + reason.getMessage());
    }

    @EventListener
    public void logout(LogoutSuccessEvent event) {
        log.record(event.getAuthentication().getName(), "LOGOUT", channel(), "OK");
    }

    @EventListener
    public void denied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return; // an anonymous request is answered 401 and asked to log in; nobody to log
        }
        String target = event.getObject() instanceof HttpServletRequest request
                ? request.getMethod() + " " + request.getRequestURI() : String.valueOf(event.getObject());
        log.record(authentication.getName(), "ACCESS_DENIED", target, "DENIED");
    }

    /** "api" for /api and /engine-rest (HTTP Basic), "web" for the form login of our pages. */
    static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String path = attributes.getRequest().getRequestURI();
            return path.startsWith("/api/") || path.startsWith("/engine-rest") ? "api" : "web";
        }
        return "web";
    }
}
