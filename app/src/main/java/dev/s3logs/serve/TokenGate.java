package dev.s3logs.serve;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The token a dashboard open beyond this machine asks for: as {@code Authorization: Bearer},
 * as the cookie that {@code ?token=} on a page load sets, or as that parameter. Compared in
 * constant time. Without a token (loopback only) everyone on this machine may read.
 */
final class TokenGate {

  static final String COOKIE = "s3logs_token";

  private final byte[] token;

  /** @param token null for no token */
  TokenGate(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  boolean required() {
    return token != null;
  }

  boolean allows(Headers headers, String parameter) {
    if (token == null) {
      return true;
    }
    String authorization = headers.getFirst("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")
        && matches(authorization.substring(7))) {
      return true;
    }
    return matches(parameter) || matches(cookie(headers));
  }

  /** The header that keeps the token for the page's own requests to the API. */
  String setCookie(String value) {
    return COOKIE + "=" + value + "; HttpOnly; SameSite=Strict; Path=/";
  }

  boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }

  private static String cookie(Headers headers) {
    for (String header : headers.getOrDefault("Cookie", java.util.List.of())) {
      for (String part : header.split(";")) {
        String pair = part.strip();
        if (pair.startsWith(COOKIE + "=")) {
          return pair.substring(COOKIE.length() + 1);
        }
      }
    }
    return null;
  }
}
