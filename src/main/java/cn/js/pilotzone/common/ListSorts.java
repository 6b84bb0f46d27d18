package cn.js.pilotzone.common;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Keeps only the sort properties a list offers, so that a hand-made URL cannot sort by a field the
 * list does not show (or make the query fail), and caps the page size.
 */
public final class ListSorts {

    private static final int MAX_PAGE_SIZE = 100;

    private ListSorts() {
    }

    public static Pageable only(Pageable requested, String... allowed) {
        Set<String> permitted = Set.of(allowed);
        Sort sort = Sort.by(requested.getSort().stream().filter(order -> permitted.contains(order.getProperty()))
                .toList());
        if (sort.isUnsorted()) {
            sort = Sort.by(allowed[0]);
        }
        return PageRequest.of(requested.getPageNumber(), Math.min(requested.getPageSize(), MAX_PAGE_SIZE), sort);
    }
}
