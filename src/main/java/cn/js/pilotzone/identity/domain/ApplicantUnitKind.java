package cn.js.pilotzone.identity.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The kind of unit that applies for a park (§1.2). */
@Entity
@Immutable
@Table(name = "applicant_unit_kind")
public class ApplicantUnitKind {

    @Id
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ApplicantUnitKind() {
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return LocalizedName.pick(locale, nameZh, nameEn);
    }
}
