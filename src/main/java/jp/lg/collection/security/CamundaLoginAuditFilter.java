package jp.lg.collection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import jp.lg.collection.audit.OperationLog;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' own login ({@code POST /camunda/api/admin/auth/user/default/login/{app}}) and logout
 * ({@code POST .../logout}), which Spring Security does not see: logs LOGIN, LOGIN_FAILED (401, or 403 for an
 * application the user may not use) and LOGOUT, and refuses the login of an account whose end date has passed
 * or whose password has expired ({@link AccountPolicy}) before Camunda checks the password. The body is read
 * here (for the user name) and replayed to Camunda.
 */
public class CamundaLoginAuditFilter extends OncePerRequestFilter {

    static final String PREFIX = "/camunda/api/admin/auth/user/";

    private final OperationLog log;
    private final AccountPolicy accounts;

    public CamundaLoginAuditFilter(OperationLog log, AccountPolicy accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith(PREFIX)
                || !(path.contains("/login/") || path.endsWith("/logout"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith("/logout")) {
            String user = sessionUser(request);
            chain.doFilter(request, response);
            if (user != null) {
                log.record(user, "LOGOUT", "camunda", response.getStatus() < 400 ? "OK" : "ERROR " + response.getStatus());
            }
            return;
        }
        String app = path.substring(path.lastIndexOf('/') + 1);
        byte[] body = request.getInputStream().readAllBytes();
        String user = formField(new String(body, StandardCharsets.ISO_8859_1), "username");
        var refusal = accounts.refusal(user);
        if (refusal.isPresent()) {
            log.record(user, "LOGIN_FAILED", "camunda:" + app,
                    refusal.get().getClass().getSimpleName() + ": " + refusal.get().getMessage());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(new Replayed(request, body), response);
        int status = response.getStatus();
        if (status < 400) {
            accounts.passwordAccepted(user);
            log.record(user, "LOGIN", "camunda:" + app, "OK");
        } else {
            var locked = accounts.lockout(user);
            log.record(user, "LOGIN_FAILED", "camunda:" + app, status == 403 ? "DENIED アプリケーションの利用権限なし"
                    : locked.map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).orElse("ERROR " + status));
        }
    }

    private String sessionUser(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(CamundaWebappSessionFilter.SESSION_ATTRIBUTE)
                instanceof Authentications authentications) {
            for (Authentication a : authentications.getAuthentications()) {
                return a.getIdentityId();
            }
        }
        return null;
    }

    static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The request with its body available again for Camunda's form parameters. */
    static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is already in memory: it is available, and then all read, at once. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (java.io.IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
