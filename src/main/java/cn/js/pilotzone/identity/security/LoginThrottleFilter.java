package cn.js.pilotzone.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import cn.js.pilotzone.common.ClientAddress;
import cn.js.pilotzone.identity.IdentityAction;
import cn.js.pilotzone.ledger.AuditEntry;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;

/** Refuses login attempts from an address that failed too often, before any password is hashed. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog auditLog) {
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        if ("POST".equals(request.getMethod()) && "/login".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))
                && throttle.isBlocked(address)) {
            auditLog.recordIsolated(new AuditEntry(null, null, address, IdentityAction.LOGIN_THROTTLED, "login",
                    AuditResult.DENIED, ""));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
