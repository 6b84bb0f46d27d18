package cn.js.pilotzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;

class FirstAdministratorTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final OrganisationRepository organisations = mock(OrganisationRepository.class);
    private final AuditLog auditLog = mock(AuditLog.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));

    private FirstAdministrator withPassword(String password) {
        when(organisations.findByName("江苏省工业和信息化厅")).thenReturn(Optional.empty());
        when(organisations.save(any())).thenAnswer(call -> call.getArgument(0));
        when(accounts.save(any())).thenAnswer(call -> call.getArgument(0));
        return new FirstAdministrator(accounts, organisations, new BCryptPasswordEncoder(4), auditLog, clock, "admin",
                password, "江苏省工业和信息化厅");
    }

    @Test
    void aNewDatabaseGetsASystemAdministratorWhoMustChangeThePasswordAndEnrolASecondFactor() {
        when(accounts.existsWithRole(Role.SYSADMIN)).thenReturn(false);
        withPassword("Initial#2026").run(null);

        ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        Account admin = saved.getValue();
        assertThat(admin.loginName()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly(Role.SYSADMIN);
        assertThat(admin.passwordChangeRequired()).isTrue();
        assertThat(admin.secondFactorRequiredButMissing()).isTrue();
        assertThat(admin.organisation().kind()).isEqualTo(OrganisationKind.PROVINCE_DEPARTMENT);
        verify(auditLog).record(any(AuditEntry.class));
    }

    @Test
    void nothingIsCreatedOnceASystemAdministratorExists() {
        when(accounts.existsWithRole(Role.SYSADMIN)).thenReturn(true);
        withPassword("Initial#2026").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void nothingIsCreatedWithoutAOneTimePassword() {
        when(accounts.existsWithRole(Role.SYSADMIN)).thenReturn(false);
        withPassword("").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void aWeakOneTimePasswordStopsTheStartWithTheReason() {
        when(accounts.existsWithRole(Role.SYSADMIN)).thenReturn(false);
        assertThatThrownBy(() -> withPassword("password").run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password.policy.classes");
        verify(accounts, never()).save(any(Account.class));
        verify(organisations, never()).save(any(Organisation.class));
    }
}
