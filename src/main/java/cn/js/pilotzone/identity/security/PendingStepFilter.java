package cn.js.pilotzone.identity.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.AccountPrincipal.PendingStep;

/**
 * Sends a person who must first change a temporary or expired password, or enrol a second factor,
 * to that page whatever else was asked for: until then nothing else is reachable.
 */
class PendingStepFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String SECOND_FACTOR_PAGE = "/account/second-factor";
    private static final Set<String> ALWAYS_ALLOWED = Set.of("/logout", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.pendingStep() != PendingStep.NONE) {
            String target = principal.pendingStep() == PendingStep.ENROL_SECOND_FACTOR ? SECOND_FACTOR_PAGE
                    : PASSWORD_PAGE;
            String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
            if (!path.equals(target) && !ALWAYS_ALLOWED.contains(path) && !SecurityConfig.isStaticResource(path)) {
                response.sendRedirect(request.getContextPath() + target);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
