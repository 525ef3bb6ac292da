package dev.s3logs.parse;

/**
 * Finds where the quoted request-URI, referer and user agent end. S3 does not escape quotes
 * inside them, and a quote there may be followed by a space, so the first closing-looking quote
 * proves nothing. The structure of the whole line does:
 * <ul>
 *   <li>the request-URI ends at the quote that is followed by six unquoted tokens (status, error
 *       code, bytes sent, object size, total time, turn-around time) and then the referer;</li>
 *   <li>no field after the user agent ever contains a quote, so the user agent ends at the last
 *       quote of the line;</li>
 *   <li>referer and user agent are split at the first {@code " "} between them: referers are
 *       URLs, in which a quote is rare, while user agents are free text.</li>
 * </ul>
 */
final class QuotedFields {

  /** Bounds found by {@link #splitRefererAndAgent}; start == end means absent. */
  int refererStart;
  int refererEnd;
  int agentStart;
  int agentEnd;
  /** Where the trailing fields begin. */
  int rest;
  /** How many of the quotes seen were the delimiters of the referer and the user agent. */
  int quotes;

  /** Index of the quote that closes the request-URI opened at {@code open}, or -1. */
  static int requestUriEnd(byte[] b, int open, int end) {
    int q = ByteSearch.indexOf(b, open + 1, end, (byte) '"');
    while (q >= 0 && !followedByCounts(b, q + 1, end)) {
      q = ByteSearch.indexOf(b, q + 1, end, (byte) '"');
    }
    return q;
  }

  private static boolean followedByCounts(byte[] b, int at, int end) {
    int i = at;
    for (int field = 0; field < 6; field++) {
      if (i >= end || b[i] != ' ') {
        return false;
      }
      int start = ++i;
      while (i < end && b[i] != ' ') {
        i++;
      }
      boolean ok = field == 1 ? FieldShapes.isErrorCode(b, start, i) : FieldShapes.isCount(b, start, i);
      if (!ok) {
        return false;
      }
    }
    return i + 1 < end && b[i] == ' ' && (b[i + 1] == '"' || b[i + 1] == '-');
  }

  /** Locates referer and user agent starting at {@code from}; fails when a quote is unbalanced. */
  void splitRefererAndAgent(byte[] b, int from, int end) {
    int lastQuote = lastQuote(b, from, end);
    int agentFrom;
    if (b[from] == '"') {
      if (lastQuote <= from) {
        throw new MalformedLineException("referer has no closing quote");
      }
      int boundary = firstSeparator(b, from + 1, lastQuote);
      if (boundary >= 0 && boundary + 2 == lastQuote) {
        throw new MalformedLineException("user agent has no closing quote");
      }
      if (boundary >= 0) {
        refererStart = from + 1;
        refererEnd = boundary;
        agentStart = boundary + 3;
        agentEnd = lastQuote;
        rest = Math.min(end, lastQuote + 2);
        quotes = 4;
        return;
      }
      refererStart = from + 1;
      refererEnd = lastQuote;
      agentFrom = lastQuote + 2;
      quotes = 2;
    } else {
      refererStart = from;
      refererEnd = tokenEnd(b, from, end);
      agentFrom = refererEnd + 1;
      quotes = 0;
    }
    readAgent(b, agentFrom, end, lastQuote);
  }

  private void readAgent(byte[] b, int from, int end, int lastQuote) {
    if (from >= end) {
      agentStart = agentEnd = rest = end;
      return;
    }
    if (b[from] == '"') {
      if (lastQuote <= from) {
        throw new MalformedLineException("user agent has no closing quote");
      }
      agentStart = from + 1;
      agentEnd = lastQuote;
      rest = Math.min(end, lastQuote + 2);
      quotes += 2;
      return;
    }
    agentStart = from;
    agentEnd = tokenEnd(b, from, end);
    rest = Math.min(end, agentEnd + 1);
  }

  private static int firstSeparator(byte[] b, int from, int lastQuote) {
    int i = ByteSearch.indexOf(b, from, lastQuote, (byte) '"');
    while (i >= 0 && i + 2 <= lastQuote) {
      if (b[i + 1] == ' ' && b[i + 2] == '"') {
        return i;
      }
      i = ByteSearch.indexOf(b, i + 1, lastQuote, (byte) '"');
    }
    return -1;
  }

  private static int lastQuote(byte[] b, int from, int end) {
    return ByteSearch.lastIndexOf(b, from, end, (byte) '"');
  }

  private static int tokenEnd(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] != ' ') {
      i++;
    }
    return i;
  }
}
