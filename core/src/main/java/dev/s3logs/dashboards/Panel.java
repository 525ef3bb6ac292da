package dev.s3logs.dashboards;

import java.util.ArrayList;
import java.util.List;

/**
 * One panel of the dashboard, independent of the product that draws it.
 *
 * @param id stable part of the saved object's id, so that an import again overwrites it
 * @param fields the fields {@code aggregation} reads (none for a count; one line each for
 *     percentiles)
 * @param split buckets by the values of a field, or null
 * @param series one line per range (stacked as shares when {@code share}), or empty
 * @param filter only documents in this range, or null
 * @param share draw the series as shares of the whole (a rate) rather than counts
 */
public record Panel(String id, String title, PanelKind kind, Aggregation aggregation,
    List<String> fields, Split split, List<FieldRange> series, FieldRange filter,
    boolean share) {

  /** Percentiles each panel of that aggregation shows. */
  public static final List<Double> PERCENTS = List.of(50.0, 95.0, 99.0);

  public Panel {
    fields = List.copyOf(fields);
    series = List.copyOf(series);
    if (aggregation.needsField() == fields.isEmpty()) {
      throw new IllegalArgumentException("panel " + id + ": " + aggregation + " with fields "
          + fields);
    }
    if (split != null && !series.isEmpty()) {
      throw new IllegalArgumentException("panel " + id + ": a split or series, not both");
    }
  }

  public static Panel of(String id, String title, PanelKind kind, Aggregation aggregation,
      String... fields) {
    return new Panel(id, title, kind, aggregation, List.of(fields), null, List.of(), null,
        false);
  }

  public Panel splitBy(Split by) {
    return new Panel(id, title, kind, aggregation, fields, by, series, filter, share);
  }

  public Panel where(FieldRange only) {
    return new Panel(id, title, kind, aggregation, fields, split, series, only, share);
  }

  public Panel sharesOf(List<FieldRange> ranges) {
    return new Panel(id, title, kind, aggregation, fields, split, ranges, filter, true);
  }

  /** Every field the panel reads, so that each can be checked to exist and aggregate. */
  public List<String> readFields() {
    List<String> read = new ArrayList<>(fields);
    if (split != null) {
      read.add(split.field());
    }
    series.forEach(range -> read.add(range.field()));
    if (filter != null) {
      read.add(filter.field());
    }
    return read;
  }
}
