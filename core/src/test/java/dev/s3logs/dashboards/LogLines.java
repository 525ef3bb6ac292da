package dev.s3logs.dashboards;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Log lines read by a few lines of regex, apart from s3logs' parser: the expectations of
 * {@link PanelAnswersIT} come from here, not from the engine or the documents.
 */
record LogLines(List<List<String>> lines) {

  private static final Pattern TOKEN = Pattern.compile("\\[[^\\]]*\\]|\"[^\"]*\"|\\S+");
  private static final Pattern OPERATION_NAME = Pattern.compile("[A-Z0-9]+\\.[A-Z0-9_.]+");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
  static final int BUCKET = 1;
  static final int TIME_FIELD = 2;
  static final int IP = 3;
  static final int REQUESTER = 4;
  static final int OPERATION = 6;
  static final int KEY = 7;
  static final int STATUS = 9;
  static final int BYTES = 11;
  static final int TOTAL_TIME = 13;
  static final int TURN_AROUND = 14;
  static final int REFERRER = 15;
  static final int USER_AGENT = 16;

  static LogLines of(String text) {
    List<List<String>> lines = new ArrayList<>();
    text.lines().filter(line -> !line.isBlank()).forEach(line -> {
      List<String> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String token = m.group();
        boolean wrapped = token.startsWith("\"") || token.startsWith("[");
        tokens.add(wrapped ? token.substring(1, token.length() - 1) : token);
      }
      lines.add(joinRequester(tokens));
    });
    return new LogLines(lines);
  }

  /**
   * The requester may hold spaces, unquoted ("...user/CloudFront Origin Access Identity E15...");
   * the operation after the request ID (REST.GET.OBJECT) marks where it ends.
   */
  private static List<String> joinRequester(List<String> tokens) {
    int operation = REQUESTER + 2;
    while (!OPERATION_NAME.matcher(tokens.get(operation)).matches()) {
      operation++;
    }
    List<String> joined = new ArrayList<>(tokens.subList(0, REQUESTER));
    joined.add(String.join(" ", tokens.subList(REQUESTER, operation - 1)));
    joined.addAll(tokens.subList(operation - 1, tokens.size()));
    return joined;
  }

  /** The field, or null for "-". */
  static String value(List<String> line, int field) {
    String value = line.get(field);
    return "-".equals(value) ? null : value;
  }

  static ZonedDateTime time(List<String> line) {
    return ZonedDateTime.parse(line.get(TIME_FIELD), TIME);
  }

  static long number(List<String> line, int field) {
    String value = value(line, field);
    return value == null ? 0 : Long.parseLong(value);
  }
}
