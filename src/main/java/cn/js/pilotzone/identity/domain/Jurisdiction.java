package cn.js.pilotzone.identity.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A prefecture-level city or a province-managed county; reference data kept by migrations. */
@Entity
@Immutable
@Table(name = "jurisdiction")
public class Jurisdiction {

    @Id
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    private String kind;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Jurisdiction() {
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String name(Locale locale) {
        return LocalizedName.pick(locale, nameZh, nameEn);
    }

    public boolean isProvinceManagedCounty() {
        return "COUNTY".equals(kind);
    }
}
