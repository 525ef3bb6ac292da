package dev.s3logs.serve;

import com.sun.net.httpserver.Headers;

/**
 * On every response: scripts, styles and data from this server only (the page has no inline
 * script), no content sniffing, no framing, no referrer, nothing cached.
 */
final class SecurityHeaders {

  private SecurityHeaders() {
  }

  static void add(Headers headers) {
    headers.set("Content-Security-Policy", "default-src 'self'");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
  }
}
