package dev.s3logs.store.duckdb;

import dev.s3logs.traffic.Latency;
import dev.s3logs.traffic.RequestTier;
import dev.s3logs.traffic.Summary;
import dev.s3logs.traffic.Totals;
import dev.s3logs.traffic.ValueCounts;
import dev.s3logs.traffic.ValueCounts.ValueCount;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the summary's grouping sets, by the bits GROUPING sets for the columns left out
 * (total time, turn-around time, operation): 7 is the totals row, 3 the count of one operation,
 * 5 of one turn-around time, 6 of one total time. A null value is a request without one.
 */
record SummaryRow(int grouping, Double total, Double turn, String operation, long requests,
    long bytes, long errors, Instant first, Instant last) {

  private static final int TOTALS = 7;
  private static final int BY_TOTAL = 3;
  private static final int BY_TURN = 5;
  private static final int BY_OPERATION = 6;

  static SummaryRow of(Row row) throws SQLException {
    return new SummaryRow(row.integer(1), row.decimal(2), row.decimal(3), row.text(4),
        row.count(5), row.count(6), row.count(7), row.time(8), row.time(9));
  }

  static Summary summary(List<SummaryRow> rows) {
    List<ValueCount> total = new ArrayList<>();
    List<ValueCount> turn = new ArrayList<>();
    SummaryRow totals = null;
    long tier1 = 0;
    for (SummaryRow row : rows) {
      if (row.grouping == TOTALS) {
        totals = row;
      } else if (row.grouping == BY_TOTAL && row.total != null) {
        total.add(new ValueCount(row.total, row.requests));
      } else if (row.grouping == BY_TURN && row.turn != null) {
        turn.add(new ValueCount(row.turn, row.requests));
      } else if (row.grouping == BY_OPERATION && RequestTier.isTier1(row.operation)) {
        tier1 += row.requests;
      }
    }
    return new Summary(new Totals(totals.requests, totals.bytes, totals.errors, tier1,
        totals.requests - tier1, totals.first, totals.last), new Latency(
        new ValueCounts(total).percentiles(), new ValueCounts(turn).percentiles()));
  }
}
