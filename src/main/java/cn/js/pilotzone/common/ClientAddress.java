package cn.js.pilotzone.common;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from. Behind a reverse proxy, Tomcat's RemoteIpValve (enabled with
 * server.forward-headers-strategy) has already put the real client address into getRemoteAddr.
 */
public final class ClientAddress {

    public static final String UNKNOWN = "-";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? UNKNOWN : address;
    }

    public static String ofCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return UNKNOWN;
    }
}
