package cn.js.pilotzone.workspace.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links for paged, sorted lists that keep the current filters: templates call it as
 * {@code @pageLinks}. Parameters follow Spring Data: page (from 0) and sort=property,direction.
 */
@Component("pageLinks")
public class PageLinks {

    private static final int WINDOW = 3;

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", Math.max(page, 0))
                .build().toUriString();
    }

    /** The page numbers (from 0) to offer as links: up to three either side of the current one. */
    public List<Integer> window(Page<?> page) {
        int first = Math.max(0, page.getNumber() - WINDOW);
        int last = Math.min(page.getTotalPages() - 1, page.getNumber() + WINDOW);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public String sortBy(String property) {
        String direction = property.equals(currentSortProperty()) && "asc".equals(currentDirection()) ? "desc"
                : "asc";
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("sort", property + "," + direction)
                .replaceQueryParam("page", 0).build().toUriString();
    }

    public String arrow(String property) {
        if (!property.equals(currentSortProperty())) {
            return "";
        }
        return "asc".equals(currentDirection()) ? " ▲" : " ▼";
    }

    private static String currentSort() {
        String sort = ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams().getFirst("sort");
        return sort == null ? "" : java.net.URLDecoder.decode(sort, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String currentSortProperty() {
        String sort = currentSort();
        int comma = sort.indexOf(',');
        return comma < 0 ? sort : sort.substring(0, comma);
    }

    private static String currentDirection() {
        String sort = currentSort();
        int comma = sort.indexOf(',');
        return comma < 0 ? "asc" : sort.substring(comma + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
