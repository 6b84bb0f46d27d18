package cn.js.pilotzone.identity.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.js.pilotzone.identity.ApprovalLevel;

/** A kind of park that §1.1 admits, with the lowest approving level it requires. */
@Entity
@Immutable
@Table(name = "park_kind")
public class ParkKind {

    @Id
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_approval_level")
    private ApprovalLevel minimumApprovalLevel;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ParkKind() {
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return LocalizedName.pick(locale, nameZh, nameEn);
    }

    public ApprovalLevel minimumApprovalLevel() {
        return minimumApprovalLevel;
    }
}
