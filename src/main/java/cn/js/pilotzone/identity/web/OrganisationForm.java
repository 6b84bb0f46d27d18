package cn.js.pilotzone.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.js.pilotzone.common.ValidCreditCode;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.OrganisationAdministration.OrganisationData;
import cn.js.pilotzone.identity.OrganisationKind;
import cn.js.pilotzone.identity.OrganisationView;

class OrganisationForm {

    @NotNull(message = "{validation.required}")
    private OrganisationKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.maxLength}")
    private String name;

    private String jurisdictionCode;
    private String parkKindCode;
    private ApprovalLevel approvalLevel;
    private String applicantUnitKindCode;

    @ValidCreditCode
    private String creditCode;

    @Size(max = 200, message = "{validation.maxLength}")
    private String address;

    private long version;

    static OrganisationForm of(OrganisationView view) {
        OrganisationForm form = new OrganisationForm();
        form.kind = view.kind();
        form.name = view.name();
        form.jurisdictionCode = view.jurisdictionCode();
        form.parkKindCode = view.parkKindCode();
        form.approvalLevel = view.approvalLevel();
        form.applicantUnitKindCode = view.applicantUnitKindCode();
        form.creditCode = view.creditCode();
        form.address = view.address();
        form.version = view.version();
        return form;
    }

    OrganisationData toData() {
        return new OrganisationData(kind, name, jurisdictionCode, parkKindCode, approvalLevel, applicantUnitKindCode,
                creditCode, address);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    public String getParkKindCode() {
        return parkKindCode;
    }

    public void setParkKindCode(String parkKindCode) {
        this.parkKindCode = parkKindCode;
    }

    public ApprovalLevel getApprovalLevel() {
        return approvalLevel;
    }

    public void setApprovalLevel(ApprovalLevel approvalLevel) {
        this.approvalLevel = approvalLevel;
    }

    public String getApplicantUnitKindCode() {
        return applicantUnitKindCode;
    }

    public void setApplicantUnitKindCode(String applicantUnitKindCode) {
        this.applicantUnitKindCode = applicantUnitKindCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
