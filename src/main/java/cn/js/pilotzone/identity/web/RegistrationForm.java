package cn.js.pilotzone.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.js.pilotzone.common.Formats;
import cn.js.pilotzone.common.ValidCreditCode;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.Registrations.Registration;

/** A park's own registration: the park, then the person who will fill its applications. */
class RegistrationForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.maxLength}")
    private String parkName;

    @NotBlank(message = "{validation.required}")
    private String jurisdictionCode;

    @NotBlank(message = "{validation.required}")
    private String parkKindCode;

    @NotNull(message = "{validation.required}")
    private ApprovalLevel approvalLevel;

    @NotBlank(message = "{validation.required}")
    private String applicantUnitKindCode;

    @NotBlank(message = "{validation.required}")
    @ValidCreditCode
    private String creditCode;

    @Size(max = 200, message = "{validation.maxLength}")
    private String address;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^$|" + Formats.LOGIN_NAME, message = "{validation.loginName}")
    private String loginName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.maxLength}")
    private String displayName;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^$|" + Formats.MOBILE, message = "{validation.mobile}")
    private String mobile;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 100, message = "{validation.maxLength}")
    private String email;

    @NotBlank(message = "{validation.required}")
    private String password;

    @NotBlank(message = "{validation.required}")
    private String confirmation;

    Registration toCommand() {
        return new Registration(parkName, jurisdictionCode, parkKindCode, approvalLevel, applicantUnitKindCode,
                creditCode, address, loginName, displayName, mobile.strip(), email.strip(), password);
    }

    void clearPasswords() {
        password = null;
        confirmation = null;
    }

    public String getParkName() {
        return parkName;
    }

    public void setParkName(String parkName) {
        this.parkName = parkName;
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

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
