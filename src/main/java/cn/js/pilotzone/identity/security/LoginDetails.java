package cn.js.pilotzone.identity.security;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

import cn.js.pilotzone.common.ClientAddress;

/** What the login form sends besides name and password: the one-time code, and where it came from. */
class LoginDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String oneTimeCode;
    private final String clientAddress;

    LoginDetails(HttpServletRequest request) {
        super(request);
        String code = request.getParameter("code");
        this.oneTimeCode = code == null ? "" : code.strip();
        this.clientAddress = ClientAddress.of(request);
    }

    String oneTimeCode() {
        return oneTimeCode;
    }

    String clientAddress() {
        return clientAddress;
    }
}
