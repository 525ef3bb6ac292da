package dev.s3logs.parse;

/**
 * Checks textual IPv4 and IPv6 addresses without name resolution ({@code InetAddress} would look
 * up anything that is not an address). Masked or garbled addresses must never reach an
 * {@code ip}-typed field, where one bad value makes the search engine reject the whole document.
 */
public final class IpAddresses {

  private IpAddresses() {
  }

  public static boolean isValid(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    return s.indexOf(':') >= 0 ? isIpv6(s) : isIpv4(s, 0, s.length());
  }

  static boolean isIpv4(String s, int from, int to) {
    int parts = 0;
    int i = from;
    while (i <= to) {
      int start = i;
      int value = 0;
      while (i < to && Character.isDigit(s.charAt(i)) && i - start < 3) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || value > 255 || (i - start > 1 && s.charAt(start) == '0')) {
        return false;
      }
      parts++;
      if (i == to) {
        return parts == 4;
      }
      if (s.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
    }
    return false;
  }

  private static boolean isIpv6(String s) {
    int doubleColon = s.indexOf("::");
    if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    int groups = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (i == doubleColon) {
        i += 2;
        continue;
      }
      int start = i;
      while (i < n && Character.digit(s.charAt(i), 16) >= 0 && i - start < 5) {
        i++;
      }
      if (i < n && s.charAt(i) == '.') {
        return isIpv4(s, start, n) && tailOk(groups + 2, doubleColon);
      }
      if (i == start || i - start > 4) {
        return false;
      }
      groups++;
      if (i < n && s.charAt(i) == ':' && i != doubleColon) {
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

  private static boolean tailOk(int groups, int doubleColon) {
    return doubleColon >= 0 ? groups <= 7 : groups == 8;
  }
}
