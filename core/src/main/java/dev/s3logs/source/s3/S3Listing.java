package dev.s3logs.source.s3;

import dev.s3logs.source.LazyFlatMap;
import dev.s3logs.source.InputObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The log objects under an {@code s3://bucket/prefix}, listed lazily as they are read.
 *
 * <p>Without a date bound every object under the prefix is read, in key order, whether or not
 * its name has a date. With {@code --since} or {@code --until} the names decide, so that a
 * listing starts at the first day wanted instead of at the bucket's first log:
 * <ul>
 *   <li>simple layout ({@code prefix + YYYY-mm-DD-HH-MM-SS-UniqueString}): one listing of the
 *       objects right under the prefix, starting after {@code prefix + since} and stopping at
 *       the day after {@code until};
 *   <li>date-based partitioned layout ({@code prefix + SourceAccountId/SourceRegion/SourceBucket/
 *       YYYY/MM/DD/name}): the account, region and bucket folders are found with delimited
 *       listings, then each source bucket's folder is listed the same way from
 *       {@code YYYY/MM/DD/} of {@code since}. A prefix that already names one source bucket's
 *       folder (it holds year folders) is listed directly.
 * </ul>
 * With a bound, objects whose names carry no date in one of these layouts are skipped and
 * counted ({@link #skippedUndated()}), and folders that are neither account IDs nor years are
 * not listed ({@link #ignoredFolders()}); the caller reports both. Both layouts may share one
 * prefix: simple-layout objects come first, then the partitioned folders in key order.
 */
public final class S3Listing {

  private final S3Reads reads;
  private final S3Location location;
  private final LogDateRange range;
  private final KeyScan keys;
  private final FolderScan folders;
  private final AtomicLong skippedUndated = new AtomicLong();
  private final List<String> ignoredFolders = Collections.synchronizedList(new ArrayList<>());

  public S3Listing(S3Client s3, S3Reads reads, S3Location location, LogDateRange range) {
    this.reads = reads;
    this.location = location;
    this.range = range;
    S3Errors errors = S3Errors.of(s3, location.bucket());
    this.keys = new KeyScan(s3, location.bucket(), errors);
    this.folders = new FolderScan(s3, location.bucket(), errors);
  }

  /**
   * The objects to read, each listing request sent only when the objects before it are consumed.
   *
   * @throws S3AccessException from the stream's operations when S3 refuses a listing
   */
  public Stream<InputObject> objects() {
    String prefix = location.prefix();
    if (!range.isBounded()) {
      return keys.objects(KeyRange.everything(prefix)).map(this::input);
    }
    // Deferred: the folder listings only once the simple-layout objects have been read.
    return Stream.concat(simpleLayout(prefix), LazyFlatMap.of(Stream.of(prefix), this::partitioned))
        .map(this::input);
  }

  /** With a bound: objects skipped because their names carry no date; final once consumed. */
  public long skippedUndated() {
    return skippedUndated.get();
  }

  /** With a bound: {@code s3://} URLs of the folders that are in no log layout, not listed. */
  public List<String> ignoredFolders() {
    return List.copyOf(ignoredFolders);
  }

  private Stream<S3Object> simpleLayout(String prefix) {
    return dated(keys.objects(KeyRange.simpleLayout(prefix, range)), prefix,
        LogObjectNames::simpleDate);
  }

  private Stream<S3Object> partitioned(String prefix) {
    List<String> found = folders.folders(prefix);
    boolean isSourceBucketFolder = found.stream()
        .anyMatch(f -> LogObjectNames.isYearFolder(name(prefix, f)));
    found.stream()
        .filter(f -> !LogObjectNames.isYearFolder(name(prefix, f)))
        .filter(f -> !LogObjectNames.isAccountFolder(name(prefix, f)))
        .map(location::objectUrl)
        .forEach(ignoredFolders::add);
    Stream<S3Object> own = isSourceBucketFolder ? dayFolders(prefix) : Stream.empty();
    Stream<String> sourceBuckets = LazyFlatMap.of(LazyFlatMap.of(found.stream()
            .filter(f -> LogObjectNames.isAccountFolder(name(prefix, f))),
        account -> folders.folders(account).stream()),
        region -> folders.folders(region).stream());
    Stream<S3Object> accounts = LazyFlatMap.of(sourceBuckets, this::dayFolders);
    return Stream.concat(own, accounts);
  }

  private Stream<S3Object> dayFolders(String folder) {
    return dated(keys.objects(KeyRange.dayFolders(folder, range)), folder,
        LogObjectNames::dayFolderDate);
  }

  private Stream<S3Object> dated(Stream<S3Object> objects, String prefix,
      Function<String, Optional<LocalDate>> dateOf) {
    return objects.filter(object -> {
      Optional<LocalDate> day = dateOf.apply(object.key().substring(prefix.length()));
      if (day.isEmpty()) {
        skippedUndated.incrementAndGet();
      }
      return day.filter(range::contains).isPresent();
    });
  }

  private static String name(String prefix, String folder) {
    return folder.substring(prefix.length(), folder.length() - 1);
  }

  private InputObject input(S3Object object) {
    return new S3LogObject(reads, location.bucket(), object.key());
  }
}
