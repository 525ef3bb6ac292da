package dev.s3logs.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Loopback by default; any other address only with a token: the logs show who asked for what,
 * which is not for everyone on the network.
 */
public final class BindPolicy {

  /** The variable that holds the token. */
  public static final String TOKEN_VARIABLE = "S3LOGS_SERVE_TOKEN";
  private static final int MIN_TOKEN = 16;

  private BindPolicy() {
  }

  /** Refuses a non-loopback {@code host} without a token, and a weak or unusable token. */
  public static void check(String host, String token) {
    if (token != null) {
      checkToken(token);
    } else if (!isLoopback(host)) {
      throw new IllegalArgumentException("--bind " + host + " opens the dashboard beyond this"
          + " machine: set " + TOKEN_VARIABLE + " to a secret of at least " + MIN_TOKEN
          + " characters, or bind to 127.0.0.1");
    }
  }

  private static void checkToken(String token) {
    if (token.length() < MIN_TOKEN || !token.matches("[A-Za-z0-9._~-]+")) {
      throw new IllegalArgumentException(TOKEN_VARIABLE + " must be at least " + MIN_TOKEN
          + " characters of letters, digits and . _ ~ - (it goes in a cookie)");
    }
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind " + host + ": no such address", e);
    }
  }
}
