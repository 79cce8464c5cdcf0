package jp.lg.collection.security;

import java.util.List;
import jp.lg.collection.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Spring Security checks passwords against the engine's identity service, so the webapps, the REST API
 * and our own pages share one user store (Camunda Admin manages it) and one set of groups. A correct password
 * is not enough when the account's end date has passed, the password has expired or the account is locked
 * ({@link AccountPolicy}); the reason is the message of the 401.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AccountPolicy accounts;

    public EngineIdentityAuthenticationProvider(IdentityService identityService, AccountPolicy accounts) {
        this.identityService = identityService;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null) {
            throw new BadCredentialsException("ユーザーIDまたはパスワードが正しくありません");
        }
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throw accounts.lockout(userId).orElseGet(
                    () -> new BadCredentialsException("ユーザーIDまたはパスワードが正しくありません"));
        }
        var refusal = accounts.refusal(userId);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        accounts.passwordAccepted(userId);
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).map(Roles::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
