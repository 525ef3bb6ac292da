package dev.s3logs.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One option's value from the configuration, and where it came from so that a message about a
 * bad value can name the variable or file key to fix.
 *
 * @param option the option's long name without dashes, e.g. {@code bulk-size}
 * @param value what the option gets, e.g. {@code s3_log-{yyyy-MM-dd}}
 * @param origin the variable ({@code ES_PREFIX}) or file and key ({@code s3logs.yaml: index})
 * @param written the text as the user wrote it, e.g. {@code s3_log}
 */
public record Setting(String option, String value, String origin, String written) {

  // Options whose values must not be echoed back: into a terminal, a CI log or CloudWatch
  private static final Pattern SECRET = Pattern.compile("password|secret|api-key|token");

  /** A value taken as written, e.g. from {@code S3LOGS_THREADS}. */
  public static Setting of(String option, String value, String origin) {
    return new Setting(option, value, origin, value);
  }

  /** True when the value must not appear in messages. */
  public boolean secret() {
    return isSecret(option);
  }

  /**
   * The origin and the value as written, for the start of an error message:
   * {@code S3LOGS_BULK_SIZE='x'}, or for a secret {@code S3LOGS_API_TOKEN (value not shown)}.
   */
  public String describe() {
    return secret() ? origin + " (value not shown)" : origin + "='" + written + "'";
  }

  /** Whether an option's name says it holds a password, secret, API key or token. */
  public static boolean isSecret(String option) {
    return SECRET.matcher(option.toLowerCase(Locale.ROOT)).find();
  }
}
