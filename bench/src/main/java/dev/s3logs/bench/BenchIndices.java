package dev.s3logs.bench;

import dev.s3logs.testing.EngineRest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's indices ({@code bench-*}): emptied before each run, counted after it. */
final class BenchIndices {

  private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

  private final EngineRest rest;
  private final String indices;

  BenchIndices(EngineRest rest, String indices) {
    this.rest = rest;
    this.indices = indices;
  }

  void delete() {
    EngineRest.Reply reply = rest.delete("/" + indices + "?expand_wildcards=all");
    if (reply.status() != 200 && reply.status() != 404) {
      throw new IllegalStateException("DELETE " + indices + ": " + reply);
    }
  }

  void refresh() {
    EngineRest.Reply reply = rest.send("POST", "/" + indices + "/_refresh", null, null);
    if (reply.status() != 200) {
      throw new IllegalStateException("refresh: " + reply);
    }
  }

  long count() {
    EngineRest.Reply reply = rest.get("/" + indices + "/_count");
    Matcher m = COUNT.matcher(reply.body());
    if (reply.status() != 200 || !m.find()) {
      throw new IllegalStateException("count: " + reply);
    }
    return Long.parseLong(m.group(1));
  }
}
