package cn.js.pilotzone;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.CreditCode;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.ApplicantUnitKindRepository;
import cn.js.pilotzone.identity.domain.JurisdictionRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.identity.domain.ParkKindRepository;
import cn.js.pilotzone.identity.domain.ParkProfile;

/**
 * Accounts made for one test, with unique names, so that tests that lock or change accounts never
 * disturb each other or the demonstration accounts (on PostgreSQL all tests share one database).
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Test#Pass2026";
    /** The password of the demonstration accounts, as the README gives it. */
    public static final String DEMO_PASSWORD = "Jiangsu#2026";
    public static final String PROVINCE = "江苏省工业和信息化厅";
    public static final String NANJING_CITY = "南京市工业和信息化局";
    public static final String SUZHOU_CITY = "苏州市工业和信息化局";
    public static final String NANJING_PARK = "南京示范软件园（演示）";
    public static final String EXPERTS = "江苏省区块链评估专家库（演示）";

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final JurisdictionRepository jurisdictions;
    private final ParkKindRepository parkKinds;
    private final ApplicantUnitKindRepository unitKinds;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    TestAccounts(AccountRepository accounts, OrganisationRepository organisations, JurisdictionRepository jurisdictions,
            ParkKindRepository parkKinds, ApplicantUnitKindRepository unitKinds, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.jurisdictions = jurisdictions;
        this.parkKinds = parkKinds;
        this.unitKinds = unitKinds;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A valid unified social credit code that no other test uses. */
    public static String creditCode() {
        String first17 = "91320100" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An active account that has already chosen its own password {@link #PASSWORD}. */
    @Transactional
    public Account active(String organisation, Role role) {
        Account account = Account.created(uniqueName("t"), "测试用户", organisation(organisation), EnumSet.of(role),
                passwordEncoder.encode(PASSWORD), clock.instant());
        account.changePassword(passwordEncoder.encode(PASSWORD), clock.instant());
        return accounts.save(account);
    }

    /** An account as the administrator creates it: its password {@link #PASSWORD} is temporary. */
    @Transactional
    public Account withTemporaryPassword(String organisation, Role role) {
        return accounts.save(Account.created(uniqueName("t"), "测试用户", organisation(organisation), EnumSet.of(role),
                passwordEncoder.encode(PASSWORD), clock.instant()));
    }

    /** An active account with an enrolled authenticator. */
    @Transactional
    public Account withSecondFactor(String organisation, Role role, String secret) {
        Account account = active(organisation, role);
        account.enrolSecondFactor(secret, 0L);
        return accounts.save(account);
    }

    @Transactional
    public Account disabled(String organisation, Role role) {
        Account account = active(organisation, role);
        account.disable();
        return accounts.save(account);
    }

    /** A new active park in Nanjing, run by its management committee; returns its name. */
    @Transactional
    public String park(String name, String kind, ApprovalLevel level) {
        ParkProfile profile = new ParkProfile(jurisdictions.findById("320100").orElseThrow(),
                parkKinds.findById(kind).orElseThrow(), level,
                unitKinds.findById("MANAGEMENT_COMMITTEE").orElseThrow(), creditCode(), null);
        organisations.save(Organisation.park(name, profile, clock.instant()));
        return name;
    }

    @Transactional(readOnly = true)
    public Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    public Organisation organisation(String name) {
        return organisations.findByName(name).orElseThrow();
    }
}
