package dev.s3logs.source.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Finds the "folders" right under a prefix (S3's CommonPrefixes of a {@code /}-delimited
 * listing). Such a listing also returns the objects right under the prefix, and a prefix that
 * holds simple-layout log objects may hold millions: a page that ends in one jumps past the rest
 * of its year ({@code 2024-...} sorts before {@code 2024.}), so a year costs one request.
 */
final class FolderScan {

  private final S3Client s3;
  private final String bucket;
  private final S3Errors errors;

  FolderScan(S3Client s3, String bucket, S3Errors errors) {
    this.s3 = s3;
    this.bucket = bucket;
    this.errors = errors;
  }

  /** The folders under {@code prefix}, each ending in {@code /}, in key order. */
  List<String> folders(String prefix) {
    List<String> folders = new ArrayList<>();
    String startAfter = null;
    String token = null;
    ListObjectsV2Response page;
    do {
      page = page(prefix, startAfter, token);
      page.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(folders::add);
      Optional<String> jump = page.isTruncated() ? pastYear(prefix, page) : Optional.empty();
      startAfter = jump.orElse(startAfter);
      token = jump.isPresent() ? null : page.nextContinuationToken();
    } while (page.isTruncated());
    return folders;
  }

  private ListObjectsV2Response page(String prefix, String startAfter, String token) {
    try {
      return s3.listObjectsV2(request -> request.bucket(bucket).prefix(prefix).delimiter("/")
          .maxKeys(KeyScan.PAGE_SIZE).continuationToken(token)
          .startAfter(token == null ? startAfter : null));
    } catch (SdkException e) {
      throw errors.translate(e, S3Action.LIST);
    }
  }

  /** Where to go on when the page ends in a simple-layout log object: after its year. */
  static Optional<String> pastYear(String prefix, ListObjectsV2Response page) {
    List<S3Object> contents = page.contents();
    if (contents.isEmpty()) {
      return Optional.empty();
    }
    String last = contents.get(contents.size() - 1).key();
    Optional<String> jump = LogObjectNames.simpleDate(last.substring(prefix.length()))
        .map(day -> prefix + String.format("%04d.", day.getYear()));
    List<CommonPrefix> folders = page.commonPrefixes();
    String lastFolder = folders.isEmpty() ? "" : folders.get(folders.size() - 1).prefix();
    // Never jump back before a folder already seen: it would be listed twice.
    return jump.filter(key -> key.compareTo(lastFolder) > 0);
  }
}
