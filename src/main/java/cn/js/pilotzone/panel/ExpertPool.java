package cn.js.pilotzone.panel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.common.CreditCode;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.AccountDirectory;
import cn.js.pilotzone.identity.AccountDirectory.Person;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ReferenceData;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.panel.ConflictOfInterestPolicy.ExpertTies;
import cn.js.pilotzone.panel.domain.ExpertProfile;
import cn.js.pilotzone.panel.domain.ExpertProfileRepository;

/**
 * The provincial expert pool: every active account with the EXPERT role, with the fields, employer
 * and declared ties the province records for it. An expert without a recorded employer cannot be
 * checked for conflicts, so it is not drawn or assigned.
 */
@Service
public class ExpertPool {

    public static final int MAX_EMPLOYER = 200;

    private final AccountDirectory accounts;
    private final ExpertProfileRepository profiles;
    private final ReferenceData referenceData;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertPool(AccountDirectory accounts, ExpertProfileRepository profiles, ReferenceData referenceData,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.referenceData = referenceData;
        this.events = events;
        this.clock = clock;
    }

    /** An expert of the pool; without a profile until the province records one. */
    public record Expert(Person person, Optional<ExpertProfile> profile) {

        public boolean checkable() {
            return profile.isPresent();
        }

        public ExpertTies ties() {
            ExpertProfile p = profile.orElseThrow();
            return new ExpertTies(p.employer(), p.employerCreditCode(), p.tieCreditCodes(), p.tieJurisdictions());
        }

        public Set<Expertise> expertise() {
            return profile.map(ExpertProfile::expertise).orElse(Set.of());
        }
    }

    @Transactional(readOnly = true)
    public List<Expert> all() {
        return accounts.activeWithRole(Role.EXPERT).stream()
                .map(p -> new Expert(p, profiles.findById(p.accountId()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Expert> expert(long accountId) {
        return all().stream().filter(e -> e.person().accountId() == accountId).findFirst();
    }

    /**
     * Records an expert's fields, employer and declared ties. Credit codes are checked with the
     * GB 32100 check character; a bad one names itself and nothing is saved.
     *
     * @param tieCreditCodes credit codes of parks or enterprises the expert declared ties to, any separators
     */
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    @Transactional
    public void saveProfile(long accountId, Collection<Expertise> fields, String employer, String employerCreditCode,
            String tieCreditCodes, Collection<String> tieJurisdictions, AccountPrincipal me) {
        expert(accountId).orElseThrow(() -> new NotFoundException("expert " + accountId));
        String employerName = employer == null ? "" : employer.strip();
        if (employerName.isEmpty() || employerName.length() > MAX_EMPLOYER) {
            throw new DomainException("expert.employerRequired", MAX_EMPLOYER);
        }
        String code = employerCreditCode == null ? "" : employerCreditCode.strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !CreditCode.isValid(code)) {
            throw new DomainException("expert.badCreditCode", code);
        }
        Set<String> ties = new LinkedHashSet<>();
        for (String tie : Arrays.stream(tieCreditCodes == null ? new String[0] : tieCreditCodes.split("[\\s,，;；、]+"))
                .filter(t -> !t.isBlank()).map(t -> t.toUpperCase(Locale.ROOT)).toList()) {
            if (!CreditCode.isValid(tie)) {
                throw new DomainException("expert.badCreditCode", tie);
            }
            ties.add(tie);
        }
        Set<String> knownJurisdictions = referenceData.jurisdictions(Locale.SIMPLIFIED_CHINESE).stream()
                .map(ReferenceData.Option::code).collect(Collectors.toSet());
        Set<String> cities = tieJurisdictions == null ? Set.of()
                : tieJurisdictions.stream().filter(knownJurisdictions::contains).collect(Collectors.toSet());
        ExpertProfile profile = profiles.findById(accountId).orElseGet(() -> new ExpertProfile(accountId));
        profile.update(fields == null ? Set.of() : Set.copyOf(fields), employerName, code.isEmpty() ? null : code,
                ties, cities, me.loginName(), clock.instant());
        profiles.save(profile);
        events.publishEvent(new PanelChanged(PanelAction.EXPERT_PROFILE_UPDATED, "account:" + accountId,
                "expertise=" + new ArrayList<>(profile.expertise()) + " ties=" + ties.size() + "+" + cities.size()));
    }
}
