package cn.js.pilotzone.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.AccountPrincipal.PendingStep;
import cn.js.pilotzone.identity.PrincipalFactory;

/**
 * Keeps every session in step with its account. A session whose account was disabled, or whose
 * password was reset by someone else, ends at its next request; a change of roles or organisation
 * applies at once. A person who must first change a temporary or expired password, or enrol a
 * second factor, is sent to that page whatever else was asked for.
 */
class PendingStepFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String SECOND_FACTOR_PAGE = "/account/second-factor";
    static final String SESSION_ENDED = "/login?ended";
    private static final Set<String> ALWAYS_ALLOWED = Set.of("/logout", "/error");

    private final PrincipalFactory principals;
    private final Clock clock;

    PendingStepFilter(PrincipalFactory principals, Clock clock) {
        this.principals = principals;
        this.clock = clock;
    }

    /** Style sheets, scripts and images reveal nothing: they need no look-up of the account. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SecurityConfig.isStaticResource(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal current)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> refreshed = principals.refresh(current, clock.instant());
        if (refreshed.isEmpty()) {
            endSession(request);
            response.sendRedirect(request.getContextPath() + SESSION_ENDED);
            return;
        }
        AccountPrincipal principal = refreshed.get();
        if (!principal.equals(current)) {
            SessionPrincipal.replace(principal, request, response);
        }
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String target = pageFor(principal.pendingStep());
        if (target != null && !path.equals(target) && !ALWAYS_ALLOWED.contains(path)) {
            response.sendRedirect(request.getContextPath() + target);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String pageFor(PendingStep step) {
        return switch (step) {
            case NONE -> null;
            case ENROL_SECOND_FACTOR -> SECOND_FACTOR_PAGE;
            case CHANGE_TEMPORARY_PASSWORD, CHANGE_EXPIRED_PASSWORD -> PASSWORD_PAGE;
        };
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
