package cn.js.pilotzone;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A person at a browser: a session, a client address, and the login form. */
public final class WebClientSupport {

    private WebClientSupport() {
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static MvcResult login(MockMvc mvc, MockHttpSession session, String address, String user, String password,
            String code) throws Exception {
        MockHttpServletRequestBuilder request = post("/login").session(session).with(csrf()).with(from(address))
                .param("username", user).param("password", password);
        if (code != null) {
            request.param("code", code);
        }
        return mvc.perform(request).andReturn();
    }

    /** A session logged in through the form; fails the test if the login does not succeed. */
    public static MockHttpSession signedIn(MockMvc mvc, String user, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = login(mvc, session, "10.20.0.1", user, password, null);
        if (!"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("login of " + user + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** The login page after a failed attempt, as the browser would follow the redirect. */
    public static String loginPage(MockMvc mvc, MockHttpSession session) throws Exception {
        return mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
