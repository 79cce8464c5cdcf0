package jp.lg.collection.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password set over HTTP — {@code /engine-rest} ({@code POST /user/create}, {@code PUT /user/{id}/credentials})
 * or Camunda Admin (the same resources under {@code /camunda/api/engine/engine/{name}}) — is checked against the
 * policy before Camunda sees it: a refused one answers 400 naming each broken rule in Japanese, where Camunda
 * would answer 500 "Password does not match policy" naming none. What passes goes on to Camunda unchanged (which
 * checks again, and checks who may change whose password).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class PasswordChangeCheck extends OncePerRequestFilter {

    private static final Pattern PASSWORD_RESOURCE = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/user/(?:(create)|([^/]+)/credentials)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(PasswordChangeCheck.class);

    private final IdentityService identity;

    public PasswordChangeCheck(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || !PASSWORD_RESOURCE.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        Matcher resource = PASSWORD_RESOURCE.matcher(path(request));
        resource.matches();
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            json = null; // Camunda answers it
        }
        if (json != null && json.isObject()) {
            boolean create = resource.group(1) != null;
            String password = (create ? json.path("credentials") : json).path("password").asText(null);
            if (password != null) {
                List<String> broken = brokenRules(password, create ? newUser(json.path("profile"))
                        : existing(resource.group(2)));
                if (!broken.isEmpty()) {
                    refuse(response, broken);
                    return;
                }
            }
        }
        chain.doFilter(new CamundaLoginAuditFilter.Replayed(request, body), response);
    }

    /** The rules the password breaks, in Japanese; empty when it may be set (or when Camunda should judge). */
    List<String> brokenRules(String password, User user) {
        try {
            PasswordPolicyResult result = user == null ? identity.checkPasswordAgainstPolicy(password)
                    : identity.checkPasswordAgainstPolicy(password, user);
            return result.getViolatedRules().stream().map(PasswordPolicyPlugin::describe).toList();
        } catch (RuntimeException unusual) {
            LOG.warn("パスワードの規則を確認できません: {}", unusual.toString());
            return List.of(); // an id the engine refuses, a policy turned off: Camunda answers as it would
        }
    }

    private User existing(String userId) {
        return identity.createUserQuery().userId(userId).singleResult();
    }

    private User newUser(JsonNode profile) {
        String id = profile.path("id").asText(null);
        if (id == null || id.isBlank()) {
            return null;
        }
        User user = identity.newUser(id);
        user.setFirstName(profile.path("firstName").asText(null));
        user.setLastName(profile.path("lastName").asText(null));
        user.setEmail(profile.path("email").asText(null));
        return user;
    }

    /** 400 in Camunda's own error shape (its clients and Admin show {@code message}), with the rules listed. */
    private static void refuse(HttpServletResponse response, List<String> broken) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.put("type", "PasswordPolicyException");
        error.put("message", "パスワードが規則に合いません: " + String.join("、", broken));
        error.putPOJO("violatedRules", broken);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
