package cn.js.pilotzone.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/**
 * On a new production database nobody could log in to create the first accounts. When the
 * operator provides a one-time password (PILOTZONE_ADMIN_PASSWORD) and no system administrator
 * exists yet, one is created in the provincial department; like every account the administrator
 * creates, it must change that password and enrol a second factor at its first login.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String login;
    private final String password;
    private final String provinceName;

    FirstAdministrator(AccountRepository accounts, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock,
            @Value("${pilotzone.bootstrap.admin-login:admin}") String login,
            @Value("${pilotzone.bootstrap.admin-password:}") String password,
            @Value("${pilotzone.bootstrap.province-name:江苏省工业和信息化厅}") String provinceName) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.login = login;
        this.password = password;
        this.provinceName = provinceName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.existsWithRole(Role.SYSADMIN)) {
            return;
        }
        List<String> violations = PasswordPolicy.violations(login, password);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("PILOTZONE_ADMIN_PASSWORD breaks the password policy: " + violations);
        }
        Organisation province = organisations.findByName(provinceName)
                .orElseGet(() -> organisations.save(Organisation.provinceDepartment(provinceName, clock.instant())));
        Account admin = accounts.save(Account.created(login, "系统管理员", province, EnumSet.of(Role.SYSADMIN),
                passwordEncoder.encode(password), clock.instant()));
        auditLog.record(new AuditEntry("system", provinceName, null, IdentityAction.ACCOUNT_CREATED,
                "account:" + admin.id(), AuditResult.SUCCESS, "first system administrator"));
    }
}
