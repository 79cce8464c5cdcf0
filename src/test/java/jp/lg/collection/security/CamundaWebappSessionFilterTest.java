package jp.lg.collection.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Tasklist-session bridge on a mock session and a mock identity service. */
class CamundaWebappSessionFilterTest {

    final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    final CamundaWebappSessionFilter filter = new CamundaWebappSessionFilter(identity, "default", "/cases");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    MockHttpSession tasklistSession(String userId, String engine) {
        Authentications authentications = new Authentications();
        authentications.addOrReplace(new UserAuthentication(userId, engine));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("authenticatedUser", authentications);
        return session;
    }

    void knownUser(String userId, String... groups) {
        when(identity.createUserQuery().userId(userId).singleResult()).thenReturn(mock(User.class));
        List<Group> list = java.util.Arrays.stream(groups).map(id -> {
            Group g = mock(Group.class);
            when(g.getId()).thenReturn(id);
            return g;
        }).toList();
        when(identity.createGroupQuery().groupMember(userId).list()).thenReturn(list);
    }

    @Test
    void theTasklistUserBecomesTheSpringUserWithGroupAuthorities() throws Exception {
        knownUser("tanaka", "collectors", "camunda-admin");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases/D2026-000001");
        request.setSession(tasklistSession("tanaka", "default"));
        var seen = new org.springframework.security.core.Authentication[1];
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen[0] = SecurityContextHolder.getContext().getAuthentication());
        assertThat(seen[0].getName()).isEqualTo("tanaka");
        assertThat(seen[0].isAuthenticated()).isTrue();
        assertThat(seen[0].getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("GROUP_collectors", "GROUP_camunda-admin");
        // per request only: nothing is written into the session for Spring
        assertThat(java.util.Collections.list(request.getSession().getAttributeNames()))
                .containsExactly("authenticatedUser");
    }

    @Test
    void noSessionOtherEngineOrUnknownUserGivesNothing() {
        knownUser("tanaka", "collectors");
        assertThat(filter.fromCamundaSession(null)).isNull();
        assertThat(filter.fromCamundaSession(new MockHttpSession())).isNull();
        assertThat(filter.fromCamundaSession(tasklistSession("tanaka", "other-engine"))).isNull();
        when(identity.createUserQuery().userId("ghost").singleResult()).thenReturn(null);
        assertThat(filter.fromCamundaSession(tasklistSession("ghost", "default"))).isNull();
        MockHttpSession wrongType = new MockHttpSession();
        wrongType.setAttribute("authenticatedUser", "tanaka");
        assertThat(filter.fromCamundaSession(wrongType)).isNull();
    }

    @Test
    void anExistingSpringLoginIsKeptAndOtherPathsAreLeftAlone() throws Exception {
        knownUser("tanaka", "collectors");
        var formLogin = UsernamePasswordAuthenticationToken.authenticated("sato", null, List.of());
        SecurityContextHolder.getContext().setAuthentication(formLogin);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases/D2026-000001");
        request.setSession(tasklistSession("tanaka", "default"));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(formLogin);

        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/camunda/app/tasklist/"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/casesX"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/cases"))).isFalse();
    }
}
