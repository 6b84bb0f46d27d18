package cn.js.pilotzone.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.CreditCode;
import cn.js.pilotzone.identity.domain.Account;
import cn.js.pilotzone.identity.domain.AccountRepository;
import cn.js.pilotzone.identity.domain.ApplicantUnitKindRepository;
import cn.js.pilotzone.identity.domain.JurisdictionRepository;
import cn.js.pilotzone.identity.domain.Organisation;
import cn.js.pilotzone.identity.domain.OrganisationRepository;
import cn.js.pilotzone.identity.domain.ParkKindRepository;
import cn.js.pilotzone.identity.domain.ParkProfile;

/**
 * The demonstration people of the README. Loaded only on the embedded default database or under an
 * explicit {@code demo} profile, never on a production database; loading twice changes nothing.
 */
@Component
@Conditional(DemonstrationData.Enabled.class)
class DemonstrationData implements ApplicationRunner {

    /** The password of every demonstration account, printed in the README. */
    static final String PASSWORD = "Jiangsu#2026";

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final JurisdictionRepository jurisdictions;
    private final ParkKindRepository parkKinds;
    private final ApplicantUnitKindRepository unitKinds;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemonstrationData(OrganisationRepository organisations, AccountRepository accounts,
            JurisdictionRepository jurisdictions, ParkKindRepository parkKinds, ApplicantUnitKindRepository unitKinds,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.parkKinds = parkKinds;
        this.unitKinds = unitKinds;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByLoginName("province")) {
            return;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        Organisation province = save(Organisation.provinceDepartment("江苏省工业和信息化厅", clock.instant()));
        account("province", "省厅管理员", province, Role.PROVINCE_ADMIN, hash);
        account("auditor", "审计管理员", province, Role.AUDITOR, hash);
        account("sysadmin", "系统管理员", province, Role.SYSADMIN, hash);

        city("320100", "南京市工业和信息化局", "nanjing-reviewer", "南京市初审员", hash);
        city("320500", "苏州市工业和信息化局", "suzhou-reviewer", "苏州市初审员", hash);
        city("320583", "昆山市工业和信息化局", "kunshan-reviewer", "昆山市初审员", hash);

        park("320100", "南京示范软件园（演示）", "SOFTWARE_PARK", ApprovalLevel.PROVINCIAL, "MANAGEMENT_COMMITTEE",
                "park-nanjing", "南京园区申报员", hash);
        park("320500", "苏州示范高新区（演示）", "HIGH_TECH_ZONE", ApprovalLevel.NATIONAL, "MANAGEMENT_COMMITTEE",
                "park-suzhou", "苏州园区申报员", hash);
        park("320583", "昆山示范产业园（演示）", "INDUSTRIAL_PARK", ApprovalLevel.COUNTY, "OPERATING_COMPANY",
                "park-kunshan", "昆山园区申报员", hash);

        Organisation institution = save(Organisation.expertInstitution("江苏省区块链评估专家库（演示）", clock.instant()));
        for (int i = 1; i <= 5; i++) {
            account("expert" + i, "评估专家" + i, institution, Role.EXPERT, hash);
        }
    }

    private void city(String jurisdiction, String name, String login, String displayName, String hash) {
        Organisation city = save(Organisation.cityAuthority(name, jurisdictions.findById(jurisdiction).orElseThrow(),
                clock.instant()));
        account(login, displayName, city, Role.CITY_REVIEWER, hash);
    }

    private void park(String jurisdiction, String name, String kind, ApprovalLevel level, String unitKind, String login,
            String displayName, String hash) {
        ParkProfile profile = new ParkProfile(jurisdictions.findById(jurisdiction).orElseThrow(),
                parkKinds.findById(kind).orElseThrow(), level, unitKinds.findById(unitKind).orElseThrow(),
                demonstrationCreditCode(jurisdiction), null);
        account(login, displayName, save(Organisation.park(name, profile, clock.instant())), Role.APPLICANT, hash);
    }

    /**
     * An invented but well-formed code: "12" (registering office and kind of a public institution),
     * the jurisdiction's division code, a nine-character body, and the check character.
     */
    private static String demonstrationCreditCode(String jurisdiction) {
        String first17 = "12" + jurisdiction + "MB000001D";
        return first17 + CreditCode.checkCharacter(first17);
    }

    private Organisation save(Organisation organisation) {
        return organisations.save(organisation);
    }

    private void account(String login, String displayName, Organisation organisation, Role role, String hash) {
        Set<Role> roles = EnumSet.of(role);
        accounts.save(Account.demonstration(login, displayName, organisation, roles, hash, clock.instant()));
    }

    /**
     * True on an explicit demo profile, or when no profile is active and the database is the
     * embedded H2 file database that {@code mvn spring-boot:run} uses.
     */
    static class Enabled implements org.springframework.context.annotation.Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            if (Set.of(environment.getActiveProfiles()).contains("demo")) {
                return true;
            }
            String url = environment.getProperty("spring.datasource.url", "");
            return environment.getActiveProfiles().length == 0 && url.startsWith("jdbc:h2:file:");
        }
    }
}
