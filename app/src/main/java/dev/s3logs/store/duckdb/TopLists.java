package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.Count;
import dev.s3logs.traffic.Dimension;
import dev.s3logs.traffic.TopList;
import dev.s3logs.traffic.TrafficFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several top lists in one pass: one grouping set per list, so the filter (a search, at worst)
 * is applied and the rows read once rather than once per list. Each list's column is the value
 * cast to text, or null outside the list's status; a set's other columns are null, so
 * {@code coalesce} of them all is the set's value. The rows without a value go before the ranking
 * (HAVING), or they would take a place in it.
 */
final class TopLists {

  private TopLists() {
  }

  /**
   * The statement; a list with a status counts only those rows, which the filter must then not
   * have left out: the caller asks list by list when the filter holds a status.
   */
  static String sql(List<TopList> lists, SqlFilter where, int limit) {
    List<String> columns = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      columns.add(column(lists.get(i)) + " AS c" + i);
      sets.add("(c" + i + ")");
    }
    String names = String.join(", ", names(lists.size()));
    String grouping = "GROUPING(" + names + ")";
    String value = "coalesce(" + names + ")";
    return "SELECT g, v, n FROM (SELECT " + grouping + " AS g, " + value + " AS v, count(*) AS n,"
        + " row_number() OVER (PARTITION BY " + grouping + " ORDER BY count(*) DESC, " + value
        + ") AS r FROM (SELECT " + String.join(", ", columns) + " FROM requests" + where.where()
        + ") GROUP BY GROUPING SETS (" + String.join(", ", sets) + ") HAVING " + value
        + " IS NOT NULL) WHERE r <= " + Math.max(0, limit) + " ORDER BY g, r";
  }

  /** GROUPING(...) sets a bit for each column left out, the first column the highest bit. */
  static int grouping(int list, int lists) {
    return (1 << lists) - 1 - (1 << (lists - 1 - list));
  }

  static Map<String, List<Count>> answers(List<TopList> lists, List<Grouped> rows) {
    Map<String, List<Count>> top = new LinkedHashMap<>();
    for (int i = 0; i < lists.size(); i++) {
      int g = grouping(i, lists.size());
      top.put(lists.get(i).name(), rows.stream().filter(row -> row.grouping() == g)
          .map(Grouped::count).toList());
    }
    return top;
  }

  /** A value of one grouping set with its count. */
  record Grouped(int grouping, Count count) {
  }

  private static String column(TopList list) {
    String value = "CAST(" + TrafficColumns.of(list.dimension()) + " AS VARCHAR)";
    return list.status() == null ? value : "CASE WHEN CAST(" + TrafficColumns.of(Dimension.STATUS)
        + " AS VARCHAR) = " + RequestsTable.literal(list.status()) + " THEN " + value + " END";
  }

  private static List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add("c" + i);
    }
    return names;
  }
}
