package dev.s3logs.dashboards;

/**
 * A field the index pattern computes at query time with a Painless script, for a question no
 * document field answers.
 *
 * @param type the Dashboards field type ({@code number}, {@code string})
 */
public record ScriptedField(String name, String script, String type) {

  /**
   * The UTC hour of {@code @timestamp}: a panel of traffic by hour of day. Computed rather than
   * stored, so that the document stays what the log line says.
   */
  public static final ScriptedField HOUR_OF_DAY = new ScriptedField("hour_of_day",
      "doc['@timestamp'].value.getHour()", "number");
}
