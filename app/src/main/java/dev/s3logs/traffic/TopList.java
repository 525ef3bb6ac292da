package dev.s3logs.traffic;

/**
 * One top list of the dashboard: the most frequent values of {@code dimension}, among the
 * requests of one status when {@code status} is given (the top 404s).
 */
public record TopList(String name, Dimension dimension, String status) {

  public static TopList of(String name, Dimension dimension) {
    return new TopList(name, dimension, null);
  }

  /** The filter whose requests this list counts. */
  public TrafficFilter narrow(TrafficFilter filter) {
    return status == null ? filter : filter.with(Dimension.STATUS, status);
  }
}
