package cn.js.pilotzone.workspace.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for paged, sorted lists and for the language switch that keep the current page and its
 * filters: templates call it as {@code @pageLinks}. Parameters follow Spring Data: page (from 0)
 * and sort=property,direction. Links are relative, so they hold behind any proxy.
 */
@Component("pageLinks")
public class PageLinks {

    private static final int WINDOW = 3;

    public String to(int page) {
        return current().replaceQueryParam("page", Math.max(page, 0)).build().toUriString();
    }

    /** The page numbers (from 0) to offer as links: up to three either side of the current one. */
    public List<Integer> window(Page<?> page) {
        int first = Math.max(0, page.getNumber() - WINDOW);
        int last = Math.min(page.getTotalPages() - 1, page.getNumber() + WINDOW);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /**
     * The current page in another language. A page rendered from a form post has no address of its
     * own to reload, so its language link leads home.
     */
    public String inLanguage(String language) {
        HttpServletRequest request = request();
        UriComponentsBuilder target = "GET".equals(request.getMethod()) ? current()
                : UriComponentsBuilder.fromPath(request.getContextPath() + "/");
        return target.replaceQueryParam("lang", language).build().toUriString();
    }

    public String sortBy(String property) {
        String direction = property.equals(currentSortProperty()) && "asc".equals(currentDirection()) ? "desc"
                : "asc";
        return current().replaceQueryParam("sort", property + "," + direction).replaceQueryParam("page", 0)
                .build().toUriString();
    }

    public String arrow(String property) {
        if (!property.equals(currentSortProperty())) {
            return "";
        }
        return "asc".equals(currentDirection()) ? " ▲" : " ▼";
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = request();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    private static String currentSort() {
        String sort = request().getParameter("sort");
        return sort == null ? "" : URLDecoder.decode(sort, StandardCharsets.UTF_8);
    }

    private static String currentSortProperty() {
        String sort = currentSort();
        int comma = sort.indexOf(',');
        return comma < 0 ? sort : sort.substring(0, comma);
    }

    private static String currentDirection() {
        String sort = currentSort();
        int comma = sort.indexOf(',');
        return comma < 0 ? "asc" : sort.substring(comma + 1).toLowerCase(Locale.ROOT);
    }
}
