package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.Latency;
import dev.s3logs.traffic.Summary;
import dev.s3logs.traffic.Totals;
import dev.s3logs.traffic.ValueCounts;
import dev.s3logs.traffic.ValueCounts.ValueCount;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the summary's grouping sets: {@code grouping} 3 is the totals row, 1 a count of one
 * total time, 2 a count of one turn-around time (a null time is a request without one).
 */
record SummaryRow(int grouping, Double total, Double turn, long requests, long bytes,
    long errors, long tier1, Instant first, Instant last) {

  private static final int TOTALS = 3;
  private static final int BY_TOTAL = 1;
  private static final int BY_TURN = 2;

  static SummaryRow of(Row row) throws SQLException {
    return new SummaryRow(row.integer(1), row.decimal(2), row.decimal(3), row.count(4),
        row.count(5), row.count(6), row.count(7), row.time(8), row.time(9));
  }

  static Summary summary(List<SummaryRow> rows) {
    List<ValueCount> total = new ArrayList<>();
    List<ValueCount> turn = new ArrayList<>();
    Totals totals = new Totals(0, 0, 0, 0, 0, null, null);
    for (SummaryRow row : rows) {
      if (row.grouping == TOTALS) {
        totals = new Totals(row.requests, row.bytes, row.errors, row.tier1,
            row.requests - row.tier1, row.first, row.last);
      } else if (row.grouping == BY_TOTAL && row.total != null) {
        total.add(new ValueCount(row.total, row.requests));
      } else if (row.grouping == BY_TURN && row.turn != null) {
        turn.add(new ValueCount(row.turn, row.requests));
      }
    }
    return new Summary(totals, new Latency(new ValueCounts(total).percentiles(),
        new ValueCounts(turn).percentiles()));
  }
}
