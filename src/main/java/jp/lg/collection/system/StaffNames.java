package jp.lg.collection.system;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Staff, groups and districts as people read them, where the data keeps ids: a user id becomes 「田中 一郎」
 * (the engine's users, 姓 名: the family name is kept in {@code firstName}, the field Camunda prints first, so
 * Tasklist, Admin and our pages read alike — docs/architecture.md, "Names"), {@value CurrentUser#SYSTEM} becomes 「システム」, a group id its name in Admin
 * (「徴収担当」), a district code its name from {@code collection.districts} (「中央地区」). An id without a
 * name stays as it is. Looked up without the engine's authorization check: a name is shown to staff who may
 * not list users in Admin, and a delegate may run inside a collector's task completion.
 */
@Component
public class StaffNames {

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, String> districts;

    public StaffNames(ProcessEngine engine, Environment environment) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.districts = Binder.get(environment)
                .bind("collection.districts", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    /** 「田中 一郎」 for {@code tanaka}; 「システム」 for the system; "" for none. */
    public String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        if (CurrentUser.SYSTEM.equals(userId)) {
            return "システム";
        }
        User user = lookUp(context -> context.getReadOnlyIdentityProvider().findUserById(userId));
        if (user == null) {
            return userId;
        }
        String name = (nz(user.getFirstName()) + " " + nz(user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    /** 「徴収担当」 for {@code collectors}: the group's name in Admin, else the product's name for it. */
    public String group(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return "";
        }
        Group group = lookUp(context -> context.getReadOnlyIdentityProvider().findGroupById(groupId));
        if (group != null && group.getName() != null && !group.getName().isBlank()) {
            return group.getName();
        }
        return Roles.NAMES.getOrDefault(groupId, groupId);
    }

    /** The district's name where the city configured it ({@code collection.districts}), else its code. */
    public String district(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return districts.getOrDefault(code, code);
    }

    private <T> T lookUp(Command<T> query) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(query));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
