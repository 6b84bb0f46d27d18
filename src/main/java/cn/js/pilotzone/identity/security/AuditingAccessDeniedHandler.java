package cn.js.pilotzone.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.identity.IdentityAction;
import cn.js.pilotzone.ledger.AuditLog;
import cn.js.pilotzone.ledger.AuditResult;
import cn.js.pilotzone.common.ErrorMessages;

/**
 * Records every refusal, then answers 403 with the error page. A refused request does nothing
 * else: the handler runs before any controller.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private static final int MAX_PATH = 150;

    private final AuditLog auditLog;

    AuditingAccessDeniedHandler(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        boolean csrf = exception instanceof CsrfException;
        String path = request.getMethod() + " " + request.getRequestURI();
        auditLog.recordIsolated(IdentityAction.ACCESS_DENIED,
                "url:" + (path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path), AuditResult.DENIED,
                csrf ? "csrf" : "forbidden");
        if (csrf) {
            ErrorMessages.explain(request, "error.csrf");
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
