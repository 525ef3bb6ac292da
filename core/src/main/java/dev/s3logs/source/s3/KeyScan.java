package dev.s3logs.source.s3;

import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Lists a key range of one bucket lazily, 1000 keys a request, in key order. */
final class KeyScan {

  static final int PAGE_SIZE = 1000;

  private final S3Client s3;
  private final String bucket;
  private final S3Errors errors;

  KeyScan(S3Client s3, String bucket, S3Errors errors) {
    this.s3 = s3;
    this.bucket = bucket;
    this.errors = errors;
  }

  /** The objects of the range, without the zero-byte "folder" objects consoles create. */
  Stream<S3Object> objects(KeyRange range) {
    ListObjectsV2Request request = ListObjectsV2Request.builder()
        .bucket(bucket)
        .prefix(range.prefix())
        .startAfter(range.startAfter().orElse(null))
        .delimiter(range.directChildrenOnly() ? "/" : null)
        .maxKeys(PAGE_SIZE)
        .build();
    return ListingIterator.stream(
            () -> s3.listObjectsV2Paginator(request).contents().iterator(), errors)
        .takeWhile(object -> range.isBeforeEnd(object.key()))
        .filter(object -> !isFolderMarker(object));
  }

  static boolean isFolderMarker(S3Object object) {
    return object.key().endsWith("/") && object.size() != null && object.size() == 0;
  }
}
