package dev.s3logs.generate;

/** Writes a {@link LogEntry} as one S3 access log line of a given {@link FormatEra}. */
final class LineFormatter {

  private final String ownerAndBucket;
  private final UtcStamps stamps;
  private final Tokens tokens;

  LineFormatter(String bucketOwner, String bucket, UtcStamps stamps, Tokens tokens) {
    this.ownerAndBucket = bucketOwner + ' ' + bucket + ' ';
    this.stamps = stamps;
    this.tokens = tokens;
  }

  /** Replaces the content of {@code sb} with the line, without a line terminator. */
  void format(StringBuilder sb, LogEntry e, FormatEra era) {
    sb.setLength(0);
    sb.append(ownerAndBucket);
    stamps.appendLogTime(sb, e.time);
    bare(sb, e.remoteIp);
    bare(sb, e.requester);
    sb.append(' ');
    if (e.requestId == null) {
      tokens.appendRequestId(sb);
    } else {
      sb.append(e.requestId);
    }
    bare(sb, e.operation);
    bare(sb, e.key);
    quoted(sb, e.requestUri);
    appendResult(sb, e);
    quoted(sb, e.referer);
    quoted(sb, e.userAgent);
    bare(sb, e.versionId);
    if (era != FormatEra.FIELDS_18) {
      appendTail(sb, e, era);
    }
  }

  private void appendResult(StringBuilder sb, LogEntry e) {
    if (e.status == 0) {
      sb.append(" -");
    } else {
      sb.append(' ').append(e.status);
    }
    bare(sb, e.errorCode);
    // S3 writes "-" rather than 0 when no body bytes were sent.
    number(sb, e.bytesSent == 0 ? LogEntry.ABSENT : e.bytesSent);
    number(sb, e.objectSize);
    number(sb, e.totalTime);
    number(sb, e.turnAroundTime);
  }

  private void appendTail(StringBuilder sb, LogEntry e, FormatEra era) {
    sb.append(' ');
    if (e.hostId == null) {
      tokens.appendHostId(sb);
    } else {
      sb.append(e.hostId);
    }
    bare(sb, e.signatureVersion);
    bare(sb, e.cipherSuite);
    bare(sb, e.authType);
    bare(sb, e.hostHeader);
    bare(sb, e.tlsVersion);
    if (era.fieldCount() >= 25) {
      bare(sb, e.accessPointArn);
    }
    if (era.fieldCount() >= 26) {
      bare(sb, e.aclRequired);
    }
    if (era.fieldCount() >= 27) {
      bare(sb, e.sourceRegion);
    }
  }

  private static void bare(StringBuilder sb, String value) {
    sb.append(' ').append(value == null ? LogEntry.DASH : value);
  }

  // S3 does not escape quotes inside quoted fields; neither do we, on purpose.
  private static void quoted(StringBuilder sb, String value) {
    if (value == null) {
      sb.append(" -");
    } else {
      sb.append(" \"").append(value).append('"');
    }
  }

  private static void number(StringBuilder sb, long value) {
    if (value < 0) {
      sb.append(" -");
    } else {
      sb.append(' ').append(value);
    }
  }
}
