package cn.js.pilotzone.identity.security;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.common.ClientAddress;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.IdentityAction;
import cn.js.pilotzone.identity.IdentityProperties;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/** Records every login, failed login and logout, and tells the person what happened. */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    /** Session attribute the login page reads: why the last attempt failed. */
    static final String LOGIN_ERROR = "pilotzone.loginError";
    /** Session attribute the login page reads: the name typed, so that it is not typed twice. */
    static final String LOGIN_NAME = "pilotzone.loginName";
    private static final int MAX_LOGGED_NAME = 64;
    private static final DateTimeFormatter UNLOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeConfig.ZONE);

    private final AuditLog auditLog;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final SavedRequestAwareAuthenticationSuccessHandler redirect =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginHandlers(AuditLog auditLog, LoginThrottle throttle, IdentityProperties properties) {
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.properties = properties;
        redirect.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        auditLog.recordIsolated(new AuditEntry(principal.loginName(), principal.organisationName(),
                ClientAddress.of(request), IdentityAction.LOGIN_SUCCESS, "account:" + principal.accountId(),
                AuditResult.SUCCESS, ""));
        // Set on the session itself, whatever the container's default, so the rule holds on any server.
        request.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
        redirect.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String address = ClientAddress.of(request);
        String typedName = typedName(request);
        String reason = LoginExceptions.messageKey(exception);
        boolean blocked = !(exception instanceof LoginExceptions.SecondFactorMissing)
                && throttle.recordFailure(address);
        auditLog.recordIsolated(new AuditEntry(typedName, null, address, IdentityAction.LOGIN_FAILURE,
                "login:" + typedName, AuditResult.FAILURE, reason));
        if (blocked) {
            // Recorded once, when the address becomes blocked: a record per refused request would let a
            // flood of logins queue every other audit write behind the chain lock.
            auditLog.recordIsolated(new AuditEntry(null, null, address, IdentityAction.LOGIN_THROTTLED, "login",
                    AuditResult.DENIED, "blockedFor=" + throttle.window()));
        }
        HttpSession session = request.getSession();
        String argument = exception instanceof LoginExceptions.AccountLocked locked
                ? UNLOCK_TIME.format(locked.until()) : null;
        session.setAttribute(LOGIN_ERROR, new LoginError(reason, argument));
        session.setAttribute(LOGIN_NAME, typedName);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            auditLog.recordIsolated(new AuditEntry(principal.loginName(), principal.organisationName(),
                    ClientAddress.of(request), IdentityAction.LOGOUT, "account:" + principal.accountId(),
                    AuditResult.SUCCESS, ""));
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }

    private static String typedName(HttpServletRequest request) {
        String name = request.getParameter("username");
        if (name == null || name.isBlank()) {
            return "-";
        }
        name = name.strip();
        return name.length() > MAX_LOGGED_NAME ? name.substring(0, MAX_LOGGED_NAME) : name;
    }

    /** Why the last login failed: a message key and, for a lock, the time it ends. */
    record LoginError(String messageKey, String argument) implements java.io.Serializable {
    }
}
