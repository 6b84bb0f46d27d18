package cn.js.pilotzone.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.js.pilotzone.ServerSession;
import cn.js.pilotzone.TestAccounts;

/**
 * Error pages as a real server sends them (MockMvc does not render container error pages): the
 * right status, a message in the person's language, never a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ErrorPagesIT {

    @LocalServerPort
    int port;

    private ServerSession park() throws Exception {
        ServerSession session = new ServerSession(port);
        session.login("park-suzhou", TestAccounts.DEMO_PASSWORD);
        return session;
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Whitelabel")
                .doesNotContain("Tomcat");
    }

    @Test
    void anUnknownPageIsNotFoundInChineseAndInEnglish() throws Exception {
        ServerSession park = park();
        HttpResponse<String> chinese = park.get("/no-such-page");
        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).contains("页面不存在").contains("返回首页");
        assertNoInternals(chinese);

        HttpResponse<String> english = park.get("/no-such-page?lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found").contains("Back to home");
    }

    @Test
    void aForbiddenPageSaysSoInThePersonsLanguage() throws Exception {
        ServerSession park = park();
        HttpResponse<String> chinese = park.get("/admin/accounts");
        assertThat(chinese.statusCode()).isEqualTo(403);
        assertThat(chinese.body()).contains("无权访问");
        assertNoInternals(chinese);

        park.get("/?lang=en");
        HttpResponse<String> english = park.get("/admin/accounts");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("Access denied");
    }

    @Test
    void aMissingCsrfTokenIsExplainedAsAnExpiredPage() throws Exception {
        HttpResponse<String> response = park().post("/logout", "");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("页面已过期");
        assertNoInternals(response);
    }

    @Test
    void anOversizedFormIsRefusedWith413() throws Exception {
        ServerSession park = park();
        String token = ServerSession.csrfTokenIn(park.get("/account/password").body());
        HttpResponse<String> response = park.post("/account/password",
                "_csrf=" + token + "&currentPassword=" + "x".repeat(2 * 1024 * 1024));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("请求内容过大").contains("the request is too large");
        assertNoInternals(response);
    }

    @Test
    void aMalformedIdIsABadRequest() throws Exception {
        ServerSession sysadmin = new ServerSession(port);
        sysadmin.login("sysadmin", TestAccounts.DEMO_PASSWORD);
        HttpResponse<String> response = sysadmin.get("/admin/organisations/not-a-number");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请求有误");
        assertNoInternals(response);
    }

    @Test
    void anAddressThatTomcatRefusesGetsTheSystemsBilingualPage() throws Exception {
        String response = new ServerSession(port).raw("/%zz");
        assertThat(response).startsWith("HTTP/1.1 400").contains("请求无法处理")
                .contains("The request could not be processed").doesNotContain("Tomcat");
    }

    @Test
    void aStaleLoginFormAfterLogoutStillGetsAClearAnswer() throws Exception {
        ServerSession visitor = new ServerSession(port);
        HttpResponse<String> response = visitor.post("/login", "username=x&password=y&_csrf=forged");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("页面已过期");
    }
}
