package dev.s3logs.traffic;

import java.util.List;

/**
 * What makes a request a bot's: its user agent contains one of these words, ignoring case. A
 * heuristic, shown in the dashboard as it is: crawlers name themselves, scripts use their
 * library's agent. A request without a user agent is not counted as a bot.
 */
public final class BotPatterns {

  public static final List<String> WORDS = List.of("bot", "crawler", "spider", "slurp",
      "curl", "wget", "python-requests", "python-urllib", "go-http-client", "java/",
      "okhttp", "libwww-perl", "headlesschrome", "scrapy", "httpclient");

  // The words hold no metacharacters, so joined they are a regular expression as they are.
  private static final String REGEX = String.join("|", WORDS);

  private BotPatterns() {
  }

  /** One regular expression, lower case, alternatives of the words (RE2 and Java alike). */
  public static String regex() {
    return REGEX;
  }

  public static boolean isBot(String userAgent) {
    if (userAgent == null) {
      return false;
    }
    String lower = userAgent.toLowerCase(java.util.Locale.ROOT);
    return WORDS.stream().anyMatch(lower::contains);
  }
}
