package jp.lg.collection.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.lg.collection.audit.AuditInterceptor;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 担当地区の設定 (administrators): which districts a collector works. A change takes effect at once inside Camunda
 * too — the collector joins or leaves the district groups ({@link DistrictGrants#syncGroups()}), which hold the
 * grants on the districts' cases and tasks; nothing waits for a restart. A browser session of Tasklist or Cockpit
 * keeps the groups it logged in with: the collector sees the change after logging in again.
 */
@RestController
public class CollectorDistrictController {

    /** A collector and his districts. */
    public record CollectorDistricts(String userId, List<String> districts) {
    }

    /** The districts to set (replacing the present ones); an empty list takes every district away. */
    public record DistrictsRequest(List<String> districts) {
    }

    private final JdbcClient jdbc;
    private final DistrictGrants grants;
    private final ObjectProvider<ProcessEngine> engine;

    public CollectorDistrictController(JdbcClient jdbc, DistrictGrants grants, ObjectProvider<ProcessEngine> engine) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.engine = engine;
    }

    @GetMapping("/api/admin/collector-districts")
    public List<CollectorDistricts> list() {
        Map<String, TreeSet<String>> byUser = new TreeMap<>();
        jdbc.sql("SELECT user_id, district_code FROM collector_district").query((rs, n) -> byUser
                .computeIfAbsent(rs.getString(1), u -> new TreeSet<>()).add(rs.getString(2))).list();
        return byUser.entrySet().stream()
                .map(e -> new CollectorDistricts(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    @PutMapping("/api/admin/collector-districts/{userId}")
    @Transactional
    public CollectorDistricts set(@PathVariable String userId, @RequestBody DistrictsRequest body,
            HttpServletRequest request) {
        var identity = engine.getObject().getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw new IllegalArgumentException("userId: 利用者 " + userId + " は登録されていません");
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(jp.lg.collection.system.Roles.COLLECTORS)
                .count() == 0) {
            throw new IllegalArgumentException("userId: " + userId + " は徴収担当 (collectors) ではありません");
        }
        List<String> districts = body == null || body.districts() == null ? List.of() : body.districts();
        TreeSet<String> wanted = new TreeSet<>();
        for (int i = 0; i < districts.size(); i++) {
            String code = districts.get(i) == null ? "" : districts.get(i).strip();
            if (!code.matches("[0-9A-Za-z]{1,10}")) {
                throw new IllegalArgumentException("districts[" + i + "]: 地区コードは英数字10字以内です ("
                        + districts.get(i) + ")");
            }
            wanted.add(code);
        }
        jdbc.sql("DELETE FROM collector_district WHERE user_id = ?").param(userId).update();
        for (String code : wanted) {
            jdbc.sql("INSERT INTO collector_district (user_id, district_code) VALUES (?, ?)").params(userId, code)
                    .update();
        }
        grants.syncGroups();
        request.setAttribute(AuditInterceptor.TARGET, userId + " 地区 " + String.join(",", wanted));
        return new CollectorDistricts(userId, List.copyOf(wanted));
    }
}
