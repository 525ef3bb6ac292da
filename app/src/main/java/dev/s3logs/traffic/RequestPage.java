package dev.s3logs.traffic;

import java.util.List;

/** A page of requests; {@code more} says whether a next page has any. */
public record RequestPage(int page, int size, List<RequestRow> rows, boolean more) {
}
