package jp.lg.collection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a collector who is logged in to Tasklist open the case view without a second login. The Camunda webapps
 * keep their login in the same HttpSession, as an {@link Authentications} object under the attribute
 * {@value #SESSION_ATTRIBUTE} (camunda-webapp 7.24, {@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}, read from
 * the jar with javap), one entry per engine. When Spring has no authentication of its own, this filter takes
 * the entry of our engine and authenticates the request as that user with the user's current groups as
 * {@code GROUP_<id>} authorities — looked up again in the identity service, so a user removed from a group or
 * deleted in Admin loses access at once, not when the webapp's cache expires.
 *
 * <p>The authentication is for this request only (never saved in the session): logging out of Tasklist ends
 * access to the case view too. It runs for the case view paths only, not for every webapp asset.
 */
public class CamundaWebappSessionFilter extends OncePerRequestFilter {

    /** Where camunda-webapp keeps {@link Authentications} in the HttpSession. */
    public static final String SESSION_ATTRIBUTE = "authenticatedUser";

    private final IdentityService identityService;
    private final String engineName;
    private final List<String> paths;

    public CamundaWebappSessionFilter(IdentityService identityService, String engineName, String... paths) {
        this.identityService = identityService;
        this.engineName = engineName;
        this.paths = List.of(paths.length == 0 ? new String[] {"/cases"} : paths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return paths.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated()) {
            var bridged = fromCamundaSession(request.getSession(false));
            if (bridged != null) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(bridged);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** The Spring authentication for the Tasklist user of this session, or null when there is none. */
    PreAuthenticatedAuthenticationToken fromCamundaSession(HttpSession session) {
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Authentications authentications)) {
            return null;
        }
        Authentication webapp = authentications.getAuthenticationForProcessEngine(engineName);
        if (webapp == null || webapp.getIdentityId() == null) {
            return null;
        }
        String userId = webapp.getIdentityId();
        if (identityService.createUserQuery().userId(userId).singleResult() == null) {
            return null;
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).map(Roles::authority).map(SimpleGrantedAuthority::new).toList();
        var token = new PreAuthenticatedAuthenticationToken(userId, null, authorities);
        token.setDetails("camunda-webapp-session");
        return token;
    }
}
