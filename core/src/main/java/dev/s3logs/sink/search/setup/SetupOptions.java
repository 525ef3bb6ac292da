package dev.s3logs.sink.search.setup;

import java.util.regex.Pattern;

/**
 * What {@code s3logs setup} installs, and the names everything gets.
 *
 * @param prefix daily indices are {@code <prefix>-yyyy.MM.dd}, failures go to
 *     {@code <prefix>-failed}
 * @param dataStream when not null, logs go to this data stream instead of daily indices
 * @param index when not null, logs go to this one index instead of daily indices
 * @param retention how long logs are kept, or null to leave retention as it is
 * @param refreshInterval how soon new documents become searchable, e.g. {@code 30s}
 */
public record SetupOptions(String prefix, String dataStream, String index, Retention retention,
    int shards, int replicas, String refreshInterval) {

  public static final String DEFAULT_PREFIX = "s3-access-logs";

  // Stricter than the engines' rules (lowercase, no \/*?"<>|,# or spaces): these names end up
  // in URL paths and index patterns, where anything else would need escaping.
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");
  private static final Pattern INTERVAL = Pattern.compile("-1|[1-9]\\d{0,5}(ms|s|m|h)");

  public SetupOptions {
    if (index != null) {
      requireName("index name", index);
    }
    requireName("prefix", prefix);
    if (dataStream != null) {
      requireName("data stream name", dataStream);
    }
    if (dataStream != null && index != null) {
      throw new IllegalArgumentException("logs go to a data stream or to an index, not both: "
          + "got data stream '" + dataStream + "' and index '" + index + "'");
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("need at least 1 shard and 0 replicas: got " + shards
          + " shards and " + replicas + " replicas");
    }
    if (refreshInterval == null || !INTERVAL.matcher(refreshInterval).matches()) {
      throw new IllegalArgumentException("refresh interval must be like 30s, 500ms or 1m (-1 "
          + "turns refresh off): got '" + refreshInterval + "'");
    }
    if (retention != null && dataStream == null && retention.hours() < 24) {
      // A daily index is created at the first write of its day: a shorter retention would
      // delete today's index while it is still being written.
      throw new IllegalArgumentException("retention " + retention + " is shorter than a day: "
          + "daily indices need at least 1d (or use a data stream)");
    }
    if (retention != null && index != null) {
      // Retention deletes whole indices: one index would lose every log at once.
      throw new IllegalArgumentException("retention deletes whole indices, and index '" + index
          + "' holds all the logs: use daily indices (--index " + index + "-{yyyy.MM.dd}) or a "
          + "data stream for retention");
    }
  }

  /** Daily indices named after the default prefix, 1 shard, 1 replica, refreshed every 30s. */
  public static SetupOptions defaults() {
    return new SetupOptions(DEFAULT_PREFIX, null, null, null, 1, 1, "30s");
  }

  public SetupOptions withPrefix(String prefix) {
    return new SetupOptions(prefix, dataStream, index, retention, shards, replicas,
        refreshInterval);
  }

  public SetupOptions withDataStream(String name) {
    return new SetupOptions(prefix, name, index, retention, shards, replicas, refreshInterval);
  }

  /** Logs into the one index {@code name}, dead letters into {@code <name>-failed}. */
  public SetupOptions withIndex(String name) {
    return new SetupOptions(name, dataStream, name, retention, shards, replicas,
        refreshInterval);
  }

  public SetupOptions withRetention(Retention retention) {
    return new SetupOptions(prefix, dataStream, index, retention, shards, replicas,
        refreshInterval);
  }

  public SetupOptions withReplicas(int replicas) {
    return new SetupOptions(prefix, dataStream, index, retention, shards, replicas,
        refreshInterval);
  }

  public SetupOptions withRefreshInterval(String interval) {
    return new SetupOptions(prefix, dataStream, index, retention, shards, replicas, interval);
  }

  public boolean usesDataStream() {
    return dataStream != null;
  }

  public boolean usesOneIndex() {
    return index != null;
  }

  /** The log template's name: one per prefix or data stream, so a mode switch replaces it. */
  public String logTemplate() {
    return usesDataStream() ? dataStream : prefix;
  }

  /** What the log template applies to: the daily indices, the data stream, or the one index. */
  public String logPattern() {
    if (usesOneIndex()) {
      return index;
    }
    return usesDataStream() ? dataStream + "*" : prefix + "-*";
  }

  /** The dead-letter index, which is also the name of its template. */
  public String deadLetterIndex() {
    return prefix + "-failed";
  }

  public String retentionPolicy() {
    return logTemplate() + "-retention";
  }

  private static void requireName(String what, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " must be lowercase letters, digits, '.', '_' "
          + "or '-', start with a letter or digit, at most 200 long: got '" + name + "'");
    }
  }
}
