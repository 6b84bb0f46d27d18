package cn.js.pilotzone.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import cn.js.pilotzone.common.ClientAddress;

/**
 * Refuses login attempts from an address that failed too often, before any password is hashed. The
 * block itself is audited once, when it begins (see LoginHandlers).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        if ("POST".equals(request.getMethod())
                && "/login".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))
                && throttle.isBlocked(address)) {
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
