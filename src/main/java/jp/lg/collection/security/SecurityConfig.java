package jp.lg.collection.security;

import static jp.lg.collection.system.Roles.ADMINS;
import static jp.lg.collection.system.Roles.AUDITORS;
import static jp.lg.collection.system.Roles.COLLECTORS;
import static jp.lg.collection.system.Roles.EXPORTERS;
import static jp.lg.collection.system.Roles.INQUIRERS;
import static jp.lg.collection.system.Roles.MANAGERS;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
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
 * ({@link CamundaWebappSessionFilter}); collectors, managers, auditors and admins. {@code /statistics} likewise for
 * managers, auditors and admins; {@code /audit/**} (the operation log as a page) for auditors and admins;
 * {@code /selections/**} (対象者抽出・一括催告) for managers and admins.</li>
 * <li>everything else needs a login, except health.</li>
 * </ul>
 * Least privilege in {@code /api} (docs/security-measures.md): CSV exports only for exporters (データ出力担当);
 * the operation log only for auditors; the search by My Number only for the number-using staff (collectors,
 * managers); designers read no taxpayer data; auditors change nothing; other departments (inquirers) ask only
 * {@code /api/inquiries} and are refused at {@code /engine-rest}. {@code /engine-rest} is otherwise left to the
 * engine's authorizations (RoleSetup). A refused login answers 401 with its reason in Japanese.
 */
@Configuration
public class SecurityConfig {

    /** Our own pages: nothing from elsewhere, no framing by other sites, forms only to ourselves. */
    static final String PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    /** 401 with the reason (wrong password, locked, expired) as JSON, and the Basic challenge. */
    static final AuthenticationEntryPoint API_LOGIN = (request, response, exception) -> {
        String message = exception instanceof org.springframework.security.authentication.InsufficientAuthenticationException
                ? "ログインが必要です" : exception.getMessage();
        response.setHeader("WWW-Authenticate", "Basic realm=\"tainou-seiri\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"field\":null,\"message\":\"" + message.replace("\"", "'") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    };

    static boolean isCsvExport(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

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

    /** A logged-in user who is not only an inquirer (他課照会) may knock on /engine-rest; Camunda decides the rest. */
    static org.springframework.security.authorization.AuthorizationDecision engineDoor(
            org.springframework.security.core.Authentication user) {
        boolean loggedIn = user != null && user.isAuthenticated()
                && !(user instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        boolean inquirer = loggedIn && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Roles.authority(INQUIRERS)));
        return new org.springframework.security.authorization.AuthorizationDecision(loggedIn && !inquirer);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider users) throws Exception {
        // explicit servlet-path matchers: /engine-rest is Camunda's Jersey servlet, not Spring MVC
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authenticationProvider(users)
                .authorizeHttpRequests(auth -> auth
                        // an import's error report also for the manager who ran it (ImportController checks who)
                        .requestMatchers(HttpMethod.GET, "/api/imports/*/errors.csv")
                        .hasAnyAuthority(groups(MANAGERS, EXPORTERS, ADMINS))
                        // 収入日計: for the financial-accounting system (exporters) and the managers who answer for it
                        .requestMatchers(HttpMethod.GET, "/api/ledger/**")
                        .hasAnyAuthority(groups(MANAGERS, EXPORTERS, ADMINS))
                        // 外部媒体への出力は特定のアクセス権限を持ったユーザのみ
                        .requestMatchers(SecurityConfig::isCsvExport).hasAnyAuthority(groups(EXPORTERS, ADMINS))
                        .requestMatchers("/api/audit/**").hasAnyAuthority(groups(AUDITORS, ADMINS))
                        // 個人番号を利用しない業務から収納情報の要求: other departments, by purpose, and nobody else
                        .requestMatchers("/api/inquiries/**").hasAnyAuthority(groups(INQUIRERS, ADMINS))
                        // the yearly late-charge rates: data an administrator keeps
                        .requestMatchers("/api/admin/**").hasAnyAuthority(groups(ADMINS))
                        // 番号利用事務以外で個人番号の検索を行うことはできない
                        .requestMatchers(HttpMethod.POST, "/api/taxpayers/by-my-number")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS))
                        // 業務責任者の承認: only a manager decides a deletion
                        .requestMatchers("/api/retention/deletion-requests/*/approve",
                                "/api/retention/deletion-requests/*/reject").hasAnyAuthority(groups(MANAGERS))
                        .requestMatchers("/api/retention/**").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        .requestMatchers(HttpMethod.POST, "/api/sweeps").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        // the print batch: the people who issue and read the notices (not auditors: it writes)
                        .requestMatchers(HttpMethod.POST, "/api/print-batches")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        .requestMatchers("/api/late-charge").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        .requestMatchers("/api/refund-addition").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        // refunds: money out of the city's account — managers decide, auditors read
                        .requestMatchers(HttpMethod.GET, "/api/refunds", "/api/refunds/**")
                        .hasAnyAuthority(groups(MANAGERS, AUDITORS, ADMINS))
                        .requestMatchers("/api/refunds", "/api/refunds/**").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        .requestMatchers("/api/imports/**").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        // the unmatched list: who may work its Tasklist task (collectors, candidates; managers, any task)
                        .requestMatchers("/api/payments/**").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        .requestMatchers("/api/certificates").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        // issued notices carry personal data: the people who work or audit cases
                        .requestMatchers("/api/documents/**", "/api/cases/*/documents")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS, AUDITORS, ADMINS))
                        // 対象者抽出・一括催告 and the rank's weights: a manager's decisions (docs/api.md)
                        .requestMatchers("/api/selections", "/api/selections/**", "/api/bulk-reminders/**")
                        .hasAnyAuthority(groups(MANAGERS, ADMINS))
                        .requestMatchers(HttpMethod.PUT, "/api/rank-weights").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        // reading: no designers (they see models, not taxpayers); writing: no auditors either
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS, AUDITORS, ADMINS))
                        .requestMatchers("/api/**").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        // other departments get nothing from the engine, whatever grants it holds
                        .requestMatchers(path("/engine-rest/**")).access((user, context) -> engineDoor(user.get()))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(API_LOGIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(API_LOGIN))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider users,
            ProcessEngine engine) throws Exception {
        http.authenticationProvider(users)
                .addFilterAfter(new CamundaWebappSessionFilter(engine.getIdentityService(), engine.getName(), "/cases",
                        "/forms", "/payments", "/statistics", "/audit", "/selections"), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // the stylesheet too: a Tasklist login opens the case view (CamundaWebappSessionFilter), not /css
                        .requestMatchers("/", "/camunda/**", "/actuator/health/**", "/error", "/css/**").permitAll()
                        .requestMatchers("/cases", "/cases/**")
                        .hasAnyAuthority(groups(COLLECTORS, MANAGERS, AUDITORS, ADMINS))
                        // the reading of a typed date or amount under a Tasklist form field (InputPreviewController)
                        .requestMatchers("/forms/**").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        // the administrators' pages (延滞金の割合)
                        .requestMatchers("/admin/**").hasAnyAuthority(groups(ADMINS))
                        // 消込不能入金の一覧: who may work its Tasklist task
                        .requestMatchers("/payments/**").hasAnyAuthority(groups(COLLECTORS, MANAGERS, ADMINS))
                        // 統計: the division's figures, for the managers who report them and the auditors
                        .requestMatchers("/statistics", "/statistics/**").hasAnyAuthority(groups(MANAGERS, AUDITORS, ADMINS))
                        // the operation log, as /api/audit: auditors only
                        .requestMatchers("/audit", "/audit/**").hasAnyAuthority(groups(AUDITORS, ADMINS))
                        // 対象者抽出・一括催告 (SelectionPageController)
                        .requestMatchers("/selections", "/selections/**").hasAnyAuthority(groups(MANAGERS, ADMINS))
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                // the webapps send their own Content-Security-Policy; our pages get this one
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(path("/camunda/**")),
                                new StaticHeadersWriter("Content-Security-Policy", PAGE_CSP))))
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

    /** Refused requests of logged-in users reach the operation log (LoginAudit). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** The Camunda webapps' login and logout into the operation log; expired accounts refused there too. */
    @Bean
    FilterRegistrationBean<CamundaLoginAuditFilter> camundaLoginAudit(OperationLog log, AccountPolicy accounts) {
        FilterRegistrationBean<CamundaLoginAuditFilter> registration =
                new FilterRegistrationBean<>(new CamundaLoginAuditFilter(log, accounts));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setName("camundaLoginAudit");
        registration.setOrder(0);
        return registration;
    }
}
