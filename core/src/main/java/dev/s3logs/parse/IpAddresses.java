package dev.s3logs.parse;

import java.nio.charset.StandardCharsets;

/**
 * Checks textual IPv4 and IPv6 addresses without name resolution ({@code InetAddress} would look
 * up anything that is not an address). Masked or garbled addresses must never reach an
 * {@code ip}-typed field, where one bad value makes the search engine reject the whole document.
 */
public final class IpAddresses {

  private IpAddresses() {
  }

  public static boolean isValid(String s) {
    // Any character outside Latin-1 becomes '?', which no address contains.
    return s != null && isValid(s.getBytes(StandardCharsets.ISO_8859_1), 0, s.length());
  }

  /** Whether {@code b[from, to)} is an IPv4 or IPv6 address. */
  public static boolean isValid(byte[] b, int from, int to) {
    if (to <= from) {
      return false;
    }
    return ByteSearch.indexOf(b, from, to, (byte) ':') >= 0 ? isIpv6(b, from, to) : isIpv4(b, from, to);
  }

  static boolean isIpv4(byte[] s, int from, int to) {
    int parts = 0;
    int i = from;
    while (i <= to) {
      int start = i;
      int value = 0;
      while (i < to && isDigit(s[i]) && i - start < 3) {
        value = value * 10 + (s[i] - '0');
        i++;
      }
      if (i == start || value > 255 || (i - start > 1 && s[start] == '0')) {
        return false;
      }
      parts++;
      if (i == to) {
        return parts == 4;
      }
      if (s[i] != '.' || parts == 4) {
        return false;
      }
      i++;
    }
    return false;
  }

  private static boolean isIpv6(byte[] s, int from, int n) {
    int doubleColon = doubleColon(s, from, n);
    if (doubleColon >= 0 && doubleColon(s, doubleColon + 1, n) >= 0) {
      return false;
    }
    int groups = 0;
    int i = from;
    while (i < n) {
      if (i == doubleColon) {
        i += 2;
        continue;
      }
      int start = i;
      while (i < n && isHex(s[i]) && i - start < 5) {
        i++;
      }
      if (i < n && s[i] == '.') {
        return isIpv4(s, start, n) && tailOk(groups + 2, doubleColon);
      }
      if (i == start || i - start > 4) {
        return false;
      }
      groups++;
      if (i < n && s[i] == ':' && i != doubleColon) {
        i++;
        if (i == n) {
          return false;
        }
      } else if (i < n && i != doubleColon) {
        return false;
      }
    }
    return tailOk(groups, doubleColon);
  }

  private static int doubleColon(byte[] s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s[i] == ':' && s[i + 1] == ':') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(byte c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean tailOk(int groups, int doubleColon) {
    return doubleColon >= 0 ? groups <= 7 : groups == 8;
  }
}
