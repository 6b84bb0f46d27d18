package cn.js.pilotzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.Organisation;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(30);

    private final Organisation province = Organisation.provinceDepartment("省厅", NOW);

    private Account account(Set<Role> roles) {
        return Account.created("wangwu", "王五", province, roles, "hash", NOW);
    }

    @Test
    void locksForThirtyMinutesAtTheFifthFailure() {
        Account account = account(EnumSet.of(Role.PROVINCE_ADMIN));
        for (int i = 1; i <= 4; i++) {
            assertThat(account.loginState().registerFailure(NOW, 5, LOCK)).isFalse();
        }
        assertThat(account.loginState().registerFailure(NOW, 5, LOCK)).isTrue();
        assertThat(account.loginState().isLocked(NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(account.loginState().isLocked(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        Account account = account(EnumSet.of(Role.PROVINCE_ADMIN));
        for (int i = 0; i < 4; i++) {
            account.loginState().registerFailure(NOW, 5, LOCK);
        }
        account.loginState().registerSuccess();
        assertThat(account.loginState().registerFailure(NOW, 5, LOCK)).isFalse();
        assertThat(account.loginState().failedAttempts()).isEqualTo(1);
    }

    @Test
    void aCreatedAccountMustChangeItsPassword() {
        assertThat(account(EnumSet.of(Role.PROVINCE_ADMIN)).passwordChangeRequired()).isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAndUnlocks() {
        Account account = account(EnumSet.of(Role.PROVINCE_ADMIN));
        account.changePassword("new", NOW);
        for (int i = 0; i < 5; i++) {
            account.loginState().registerFailure(NOW, 5, LOCK);
        }
        account.resetPassword("temporary", NOW);
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(account.loginState().isLocked(NOW)).isFalse();
    }

    @Test
    void aPasswordExpiresAfterItsMaximumAge() {
        Account account = account(EnumSet.of(Role.PROVINCE_ADMIN));
        assertThat(account.isPasswordExpired(NOW.plus(Duration.ofDays(90)), Duration.ofDays(90))).isFalse();
        assertThat(account.isPasswordExpired(NOW.plus(Duration.ofDays(91)), Duration.ofDays(90))).isTrue();
    }

    @Test
    void systemAndAuditAdministratorsHoldNoOtherRole() {
        assertThatThrownBy(() -> account(EnumSet.of(Role.SYSADMIN, Role.PROVINCE_ADMIN)))
                .isInstanceOf(DomainException.class).hasMessage("account.error.exclusiveRole");
        assertThatThrownBy(() -> account(EnumSet.of(Role.AUDITOR, Role.EXPERT)))
                .isInstanceOf(DomainException.class).hasMessage("account.error.exclusiveRole");
    }

    @Test
    void aRoleMustSuitTheKindOfOrganisation() {
        assertThatThrownBy(() -> account(EnumSet.of(Role.APPLICANT)))
                .isInstanceOf(DomainException.class).hasMessage("account.error.roleNotAllowedInOrganisation");
    }

    @Test
    void administratorsWithoutSecondFactorMustEnrolOne() {
        Account admin = account(EnumSet.of(Role.AUDITOR));
        assertThat(admin.secondFactorRequiredButMissing()).isTrue();
        admin.enrolSecondFactor("SECRET", 1L);
        assertThat(admin.secondFactorRequiredButMissing()).isFalse();
        Organisation institution = Organisation.expertInstitution("大学", NOW);
        Account expert = Account.created("lisi", "李四", institution, EnumSet.of(Role.EXPERT), "hash", NOW);
        assertThat(expert.secondFactorRequiredButMissing()).isFalse();
    }

    @Test
    void demonstrationAccountsNeedNeitherSecondFactorNorPasswordChange() {
        Account demo = Account.demonstration("province", "演示", province, EnumSet.of(Role.PROVINCE_ADMIN), "hash",
                NOW);
        assertThat(demo.secondFactorRequiredButMissing()).isFalse();
        assertThat(demo.passwordChangeRequired()).isFalse();
        assertThat(demo.isPasswordExpired(NOW.plus(Duration.ofDays(400)), Duration.ofDays(90))).isFalse();
    }

    @Test
    void aDisabledAccountCanOnlyBeEnabled() {
        Account account = account(EnumSet.of(Role.PROVINCE_ADMIN));
        account.disable();
        assertThat(account.status()).isEqualTo(AccountStatus.DISABLED);
        assertThatThrownBy(account::disable).isInstanceOf(DomainException.class);
        account.enable();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }
}
