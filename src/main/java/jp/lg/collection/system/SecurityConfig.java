package jp.lg.collection.system;

import static jp.lg.collection.system.Roles.ADMINS;
import static jp.lg.collection.system.Roles.AUDITORS;
import static jp.lg.collection.system.Roles.COLLECTORS;
import static jp.lg.collection.system.Roles.MANAGERS;

import jp.lg.collection.caseview.CamundaWebappSessionFilter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security in front of every path.
 * <ul>
 * <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the engine's users, stateless (no
 * session cookie, hence no CSRF token). Camunda's REST API is open by default; here it answers 401.</li>
 * <li>{@code /camunda/**}: the webapps run their own login against the same users and their own CSRF
 * protection; Spring lets them through.</li>
 * <li>{@code /cases/**} (the case view): form login, or the Tasklist login of the same session
 * ({@link CamundaWebappSessionFilter}); collectors, managers, auditors and admins.</li>
 * <li>everything else needs a login, except health.</li>
 * </ul>
 */
@Configuration
public class SecurityConfig {

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static String[] groups(String... ids) {
        String[] authorities = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            authorities[i] = Roles.authority(ids[i]);
        }
        return authorities;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider users) throws Exception {
        // explicit servlet-path matchers: /engine-rest is Camunda's Jersey servlet, not Spring MVC
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authenticationProvider(users)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/sweeps").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        .requestMatchers("/api/late-charge").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        .requestMatchers("/api/imports/**").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        .requestMatchers("/api/certificates").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        // issued notices carry personal data: the people who work or audit cases
                        .requestMatchers("/api/documents/**", "/api/cases/*/documents")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS, AUDITORS, ADMINS))
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider users,
            ProcessEngine engine) throws Exception {
        http.authenticationProvider(users)
                .addFilterAfter(new CamundaWebappSessionFilter(engine.getIdentityService(), engine.getName(), "/cases"),
                        SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/camunda/**", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/cases", "/cases/**")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS, AUDITORS, ADMINS))
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Hands the user Spring authenticated to the engine for the REST call, so Camunda's authorizations
     * (what each group may see and do) apply to {@code /engine-rest} exactly as in the webapps.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engineRestAuthentication");
        return registration;
    }
}
