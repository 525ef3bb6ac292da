package dev.s3logs.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Produces realistic Amazon S3 server access log lines for a static website bucket, for demos,
 * tests and benchmarks. Output is a pure function of the {@link GeneratorOptions}: the same
 * options always give the same bytes.
 *
 * <p>Lines mix CloudFront, browser, crawler and owner traffic, several log-format eras
 * (18 to 27 fields) and about 1% of awkward real-world lines. Timestamps are non-decreasing.
 * Not thread-safe.
 */
public final class SyntheticLogGenerator {

  // Real log files arrive in batches of one format, so eras change in runs rather than per line.
  private static final int MAX_ERA_RUN = 64;
  private static final int WRITE_BUFFER_CHARS = 1 << 16;

  private final long lines;
  private final SplittableRandom random;
  private final TrafficClock clock;
  private final LineFormatter formatter;
  private final VisitorTraffic visitors;
  private final OwnerTraffic owner;
  private final OddTraffic odd;
  private final LogEntry entry = new LogEntry();
  private final StringBuilder line = new StringBuilder(1024);
  private final StringBuilder extraLine = new StringBuilder(1024);
  // Later lines of a multi-line request, already formatted, waiting for their turn.
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private final LineSink sink = this::emit;
  private long produced;
  private int linesOfRequest;
  private FormatEra era = FormatEra.FIELDS_27;
  private int eraRunLeft;

  public SyntheticLogGenerator(GeneratorOptions options) {
    Objects.requireNonNull(options, "options");
    TrafficContext context = TrafficContext.seeded(options.seed());
    this.lines = options.lines();
    this.random = context.random();
    this.clock = new TrafficClock(random, options);
    this.formatter = new LineFormatter(
        context.site().bucketOwner, SiteCatalogue.BUCKET, context.stamps(), context.tokens());
    this.visitors = new VisitorTraffic(context);
    this.owner = new OwnerTraffic(context);
    this.odd = new OddTraffic(context, visitors);
  }

  /** The next line without its terminator, or {@code null} once all lines were produced. */
  public String nextLine() {
    return advance() ? line.toString() : null;
  }

  /**
   * Writes every line not produced yet to {@code out} as UTF-8, each ended by {@code '\n'}.
   * Flushes but does not close {@code out}.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(OutputStream out) {
    Writer writer = new BufferedWriter(
        new OutputStreamWriter(out, StandardCharsets.UTF_8), WRITE_BUFFER_CHARS);
    char[] chars = new char[2048];
    try {
      while (advance()) {
        int length = line.length();
        if (chars.length <= length) {
          chars = new char[2 * length + 1];
        }
        // Copying into a reused array avoids a String per line, the main cost of writing.
        line.getChars(0, length, chars, 0);
        chars[length] = '\n';
        writer.write(chars, 0, length + 1);
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write generated log lines", e);
    }
  }

  /** Fills {@link #line} with the next line; false when the budget is spent. */
  private boolean advance() {
    if (produced == lines) {
      return false;
    }
    // Every line takes a clock slot, queued ones too, so the hourly totals stay exact.
    long time = clock.next();
    produced++;
    String queued = pending.poll();
    if (queued != null) {
      line.setLength(0);
      line.append(queued);
    } else {
      produceRequest(time);
    }
    return true;
  }

  private void produceRequest(long time) {
    entry.reset();
    entry.time = time;
    linesOfRequest = 0;
    nextEra();
    Activity activity = Activity.pick(random.nextInt(Activity.TOTAL_SHARE));
    long budget = lines - produced + 1;
    if (activity.multiLine() && budget < OwnerTraffic.MAX_LINES_PER_REQUEST) {
      activity = Activity.CLOUDFRONT;
    }
    if (activity == Activity.COPY) {
      owner.copy(entry, sink);
    } else if (activity == Activity.BATCH_DELETE) {
      owner.batchDelete(entry, sink);
    } else {
      fill(activity);
      emit(entry);
    }
  }

  private void fill(Activity activity) {
    switch (activity) {
      case ODDITY -> odd.any(entry);
      case CLOUDFRONT -> visitors.cloudFront(entry);
      case BROWSER -> visitors.browser(entry);
      case CRAWLER -> visitors.crawler(entry);
      case PRESIGNED_DOWNLOAD -> visitors.presignedDownload(entry);
      case UPLOAD -> owner.upload(entry);
      case DEPLOY_HEAD -> owner.deployHead(entry);
      case LISTING -> owner.listing(entry);
      case SITEMAP_LAMBDA -> owner.sitemapLambda(entry);
      case EXPIRE -> owner.expire(entry);
      default -> throw new IllegalStateException(activity + " logs more than one line");
    }
  }

  private void nextEra() {
    if (eraRunLeft == 0) {
      era = FormatEra.pick(random.nextInt(FormatEra.TOTAL_SHARE));
      eraRunLeft = 1 + random.nextInt(MAX_ERA_RUN);
    }
    eraRunLeft--;
  }

  // The first line of a request is the current one; any further lines wait in the queue.
  private void emit(LogEntry e) {
    if (linesOfRequest == 0) {
      formatter.format(line, e, era);
    } else {
      formatter.format(extraLine, e, era);
      pending.add(extraLine.toString());
    }
    linesOfRequest++;
  }
}
