package dev.s3logs.store.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3logs.traffic.QueryRefusedException;
import dev.s3logs.traffic.RequestPage;
import dev.s3logs.traffic.RequestRow;
import dev.s3logs.traffic.TrafficFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pages of matching requests, newest first and, within a second, by document id: DuckDB's order.
 * The engines cannot sort by {@code _id} (Elasticsearch 8 refuses its field data), so a page is
 * found in two searches: the page by time alone ({@code from}/{@code size}), which tells the
 * seconds it spans; then every request of those seconds and how many are newer, ordered here.
 * Engines list at most the first 10,000 matches ({@code index.max_result_window}): deeper pages
 * are refused with a message that says to narrow the filter.
 */
final class RequestPages {

  static final int WINDOW = 10_000;

  private final SearchCall call;

  RequestPages(SearchCall call) {
    this.call = call;
  }

  RequestPage page(TrafficFilter filter, int page, int size) {
    long offset = (long) page * size;
    if (offset + size + 1 > WINDOW) {
      throw new QueryRefusedException("page " + page + " lies beyond the first " + WINDOW
          + " matching requests, which is as far as the search engine lists them: narrow the"
          + " time range or filter to reach older requests");
    }
    List<JsonNode> byTime = hits(sorted(filter).put("from", offset).put("size", size + 1));
    if (byTime.isEmpty()) {
      return new RequestPage(page, size, List.of(), false);
    }
    Instant newest = RequestHits.time(byTime.get(0));
    Instant oldest = RequestHits.time(byTime.get(byTime.size() - 1));
    List<RequestRow> rows = inOrder(filter, offset, size + 1, newest, oldest);
    boolean more = rows.size() > size;
    return new RequestPage(page, size, more ? rows.subList(0, size) : rows, more);
  }

  /** Rows {@code offset} on, up to {@code count}, from the requests of the seconds spanned. */
  private List<RequestRow> inOrder(TrafficFilter filter, long offset, int count,
      Instant newest, Instant oldest) {
    ObjectNode body = sorted(filter).put("size", WINDOW);
    body.set("post_filter", EngineFilter.range(TrafficFields.TIME, oldest,
        newest.plusSeconds(1)));
    body.putObject("aggs").putObject("newer").set("filter", EngineFilter.range(
        TrafficFields.TIME, newest.plusSeconds(1), Instant.parse("9999-12-31T23:59:59Z")));
    JsonNode answer = call.search(body);
    long newer = answer.at("/aggregations/newer/doc_count").asLong();
    List<JsonNode> spanned = new ArrayList<>();
    answer.at("/hits/hits").forEach(spanned::add);
    spanned.sort(Comparator.comparing(RequestHits::time, Comparator.reverseOrder())
        .thenComparing(hit -> hit.path("_id").asText()));
    int first = (int) Math.min(offset - newer, spanned.size());
    int last = Math.min(first + count, spanned.size());
    return spanned.subList(first, last).stream().map(RequestHits::row).toList();
  }

  private static ObjectNode sorted(TrafficFilter filter) {
    ObjectNode body = EngineFilter.NODES.objectNode();
    body.set("query", EngineFilter.query(filter));
    body.putArray("sort").addObject().putObject(TrafficFields.TIME).put("order", "desc")
        .put("unmapped_type", "date");
    RequestHits.source(body.putArray("_source"));
    return body;
  }

  private List<JsonNode> hits(ObjectNode body) {
    List<JsonNode> hits = new ArrayList<>();
    call.search(body).at("/hits/hits").forEach(hits::add);
    return hits;
  }
}
