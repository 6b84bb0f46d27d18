package cn.js.pilotzone;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a screen: cookies, the CSRF token of the last page, plain HTTP to a real server. */
public final class ServerSession {

    /** What a browser asks for; without it the error controller would answer in JSON. */
    private static final String HTML = "text/html,application/xhtml+xml";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    public ServerSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HTML).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String formBody) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public void login(String user, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        HttpResponse<String> home = post("/login", "username=" + encode(user) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrfTokenIn(page)));
        if (!home.uri().getPath().equals("/")) {
            throw new AssertionError("login of " + user + " ended on " + home.uri());
        }
    }

    /**
     * Sends a request line exactly as given, for addresses that Java's own URI class would refuse
     * to build; returns the whole raw response.
     */
    public String raw(String requestTarget) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: " + HTML + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static String csrfTokenIn(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
