package app.clientfit.audit;

import java.util.List;

/** One page of a search, newest first. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, long totalPages) {

    static <T> PageView<T> of(List<T> content, int page, int size, long totalElements) {
        return new PageView<>(content, page, size, totalElements, (totalElements + size - 1) / size);
    }
}
