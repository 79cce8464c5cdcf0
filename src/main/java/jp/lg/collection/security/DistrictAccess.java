package jp.lg.collection.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import jp.lg.collection.system.ErrorPages;
import jp.lg.collection.system.Roles;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 担当外の情報を取得することはできない (熊谷市 評価書 Ⅲ-3 リスク1): a collector sees only taxpayers of the districts
 * assigned in {@code collector_district}, or taxpayers whose 担当者 he is. Managers, auditors and admins are
 * not restricted (they read all cases in Cockpit as well). Enforced before every handler of the case view and
 * the case- and taxpayer-scoped API: paths with {caseId} or {addresseeNo}, the {@code addresseeNo} parameter,
 * and {@code /api/documents/{id}} through the document's case; refused with 403 and the reason in Japanese.
 * Controllers that find a taxpayer by other means (the My Number search) call {@link #allows} themselves.
 */
@Configuration
public class DistrictAccess implements HandlerInterceptor, WebMvcConfigurer {

    private final JdbcClient jdbc;

    public DistrictAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/cases", "/cases/**").order(0);
    }

    private record Holder(String district, String assignedCollector) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!restricted(user)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Optional<Holder> holder = Optional.empty();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (variables != null && variables.containsKey("caseId")) {
            holder = ofCase(variables.get("caseId"));
        } else if (variables != null && variables.containsKey("addresseeNo")) {
            holder = ofTaxpayer(variables.get("addresseeNo"));
        } else if ("/api/documents/{id}".equals(String.valueOf(pattern)) && variables != null) {
            holder = jdbc.sql("""
                    SELECT t.district_code, t.assigned_collector FROM document d
                    JOIN taxpayer t ON t.addressee_no = d.addressee_no WHERE d.id = ?""")
                    .param(parseLong(variables.get("id"))).query((rs, n) -> new Holder(rs.getString(1), rs.getString(2)))
                    .optional();
        } else if (request.getParameter("addresseeNo") != null) {
            holder = ofTaxpayer(request.getParameter("addresseeNo"));
        }
        if (holder.isPresent() && !allows(user.getName(), holder.get())) {
            if (ErrorPages.isApi(request, request.getRequestURI())) {
                refuse(response, holder.get().district());
            } else { // a person in a browser: the Japanese error page with the reason and a way back
                request.setAttribute(ErrorPages.REASON, reason(holder.get().district()));
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return false;
        }
        return true;
    }

    /** Whether this user may see a taxpayer (always, unless a collector outside the taxpayer's district). */
    public boolean allows(Authentication user, String addresseeNo) {
        return !restricted(user) || ofTaxpayer(addresseeNo).map(h -> allows(user.getName(), h)).orElse(true);
    }

    public static void refuse(HttpServletResponse response, String district) throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"field\":null,\"message\":\"" + reason(district) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    public static String reason(String district) {
        return "担当外の地区（" + (district == null ? "未設定" : district) + "）の納税義務者の情報は取得できません";
    }

    public Optional<String> districtOf(String addresseeNo) {
        return ofTaxpayer(addresseeNo).map(Holder::district);
    }

    private boolean allows(String userId, Holder holder) {
        if (userId.equals(holder.assignedCollector())) {
            return true;
        }
        return holder.district() != null && jdbc.sql(
                "SELECT COUNT(*) FROM collector_district WHERE user_id = ? AND district_code = ?")
                .params(userId, holder.district()).query(Long.class).single() > 0;
    }

    /** Collectors are restricted, unless they also hold a role that reads every case. */
    static boolean restricted(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        boolean collector = false;
        for (GrantedAuthority a : user.getAuthorities()) {
            String name = a.getAuthority();
            if (name.equals(Roles.authority(Roles.MANAGERS)) || name.equals(Roles.authority(Roles.AUDITORS))
                    || name.equals(Roles.authority(Roles.ADMINS))) {
                return false;
            }
            collector |= name.equals(Roles.authority(Roles.COLLECTORS));
        }
        return collector;
    }

    private Optional<Holder> ofCase(String caseId) {
        return jdbc.sql("""
                SELECT t.district_code, t.assigned_collector FROM delinquency_case c
                JOIN taxpayer t ON t.addressee_no = c.addressee_no WHERE c.case_id = ?""")
                .param(caseId).query((rs, n) -> new Holder(rs.getString(1), rs.getString(2))).optional();
    }

    private Optional<Holder> ofTaxpayer(String addresseeNo) {
        return jdbc.sql("SELECT district_code, assigned_collector FROM taxpayer WHERE addressee_no = ?")
                .param(addresseeNo).query((rs, n) -> new Holder(rs.getString(1), rs.getString(2))).optional();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
