package jp.lg.collection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jp.lg.collection.taxpayer.MyNumberCipher;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;

/** Who calls in MockMvc tests, and My Numbers that pass the check-digit rule, for tests of several packages. */
public final class TestUsers {

    private TestUsers() {
    }

    /** A logged-in user of one Camunda group, as Spring Security sees it (authority GROUP_&lt;group&gt;). */
    public static UserRequestPostProcessor member(String userId, String group) {
        return user(userId).authorities(new SimpleGrantedAuthority("GROUP_" + group));
    }

    /**
     * The demo's collector and manager as engine users with their names (田中 一郎, 佐藤 次郎), for tests of what
     * pages and papers print for a user id; created once per test database.
     */
    public static void staff(IdentityService identity) {
        person(identity, "tanaka", "田中", "一郎");
        person(identity, "sato", "佐藤", "次郎");
    }

    /** Family name first, in the field Camunda prints first (docs/architecture.md, "Names"). */
    private static synchronized void person(IdentityService identity, String id, String familyName, String givenName) {
        if (identity.createUserQuery().userId(id).singleResult() != null) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(familyName);
        user.setLastName(givenName);
        user.setPassword("Test-Shokuin-2026");
        identity.saveUser(user);
    }

    /** Completes 11 digits with the check digit that makes them a valid 個人番号 (番号法施行令8条). */
    public static String withCheckDigit(String eleven) {
        for (int d = 0; d <= 9; d++) {
            try {
                return MyNumberCipher.requireValid(eleven + d);
            } catch (IllegalArgumentException wrong) {
                // the next digit
            }
        }
        throw new IllegalStateException("no check digit for " + eleven);
    }
}
