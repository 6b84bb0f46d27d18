package cn.js.pilotzone.panel.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.js.pilotzone.panel.Expertise;

/**
 * What the pool knows of one expert: fields of expertise, employer, and the ties the expert declared.
 * Sets are kept as comma-separated text: they are small, and only ever read whole.
 */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile {

    @Id
    @Column(name = "account_id")
    private long accountId;

    private String expertise;

    private String employer;

    @Column(name = "employer_credit_code")
    private String employerCreditCode;

    @Column(name = "tie_credit_codes")
    private String tieCreditCodes;

    @Column(name = "tie_jurisdictions")
    private String tieJurisdictions;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ExpertProfile() {
    }

    public ExpertProfile(long accountId) {
        this.accountId = accountId;
    }

    public void update(Set<Expertise> fields, String employer, String employerCreditCode, Set<String> tieCreditCodes,
            Set<String> tieJurisdictions, String by, Instant at) {
        this.expertise = join(fields.stream().map(Enum::name).collect(Collectors.toSet()));
        this.employer = employer;
        this.employerCreditCode = employerCreditCode;
        this.tieCreditCodes = join(tieCreditCodes);
        this.tieJurisdictions = join(tieJurisdictions);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long accountId() {
        return accountId;
    }

    public Set<Expertise> expertise() {
        Set<Expertise> fields = EnumSet.noneOf(Expertise.class);
        split(expertise).forEach(name -> fields.add(Expertise.valueOf(name)));
        return fields;
    }

    public String employer() {
        return employer;
    }

    public String employerCreditCode() {
        return employerCreditCode;
    }

    public Set<String> tieCreditCodes() {
        return split(tieCreditCodes);
    }

    public Set<String> tieJurisdictions() {
        return split(tieJurisdictions);
    }

    private static String join(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).filter(v -> !v.isBlank()).collect(Collectors.toSet());
    }
}
