package cn.js.pilotzone.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.js.pilotzone.common.Formats;
import cn.js.pilotzone.identity.AccountAdministration.AccountChanges;
import cn.js.pilotzone.identity.AccountAdministration.NewAccount;
import cn.js.pilotzone.identity.AccountView;
import cn.js.pilotzone.identity.Role;

/** Creating an account needs login name and organisation; editing changes contact data and roles. */
class AccountForm {

    interface OnCreate {
    }

    @NotBlank(message = "{validation.required}", groups = OnCreate.class)
    @Pattern(regexp = "^$|" + Formats.LOGIN_NAME, message = "{validation.loginName}", groups = OnCreate.class)
    private String loginName;

    @NotNull(message = "{validation.required}", groups = OnCreate.class)
    private Long organisationId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.maxLength}")
    private String displayName;

    @Pattern(regexp = "^$|" + Formats.MOBILE, message = "{validation.mobile}")
    private String mobile;

    @Email(message = "{validation.email}")
    @Size(max = 100, message = "{validation.maxLength}")
    private String email;

    @NotEmpty(message = "{validation.roleRequired}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private long version;

    static AccountForm of(AccountView view) {
        AccountForm form = new AccountForm();
        form.loginName = view.loginName();
        form.organisationId = view.organisationId();
        form.displayName = view.displayName();
        form.mobile = view.mobile();
        form.email = view.email();
        form.roles = EnumSet.copyOf(view.roles());
        form.version = view.version();
        return form;
    }

    NewAccount toNewAccount() {
        return new NewAccount(loginName, displayName, mobile, email, organisationId, roles);
    }

    AccountChanges toChanges() {
        return new AccountChanges(displayName, mobile, email, roles);
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
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

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
