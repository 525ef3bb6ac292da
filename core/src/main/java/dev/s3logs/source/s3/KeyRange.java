package dev.s3logs.source.s3;

import java.util.Optional;

/**
 * The keys of one listing: those under {@code prefix} after {@code startAfter} and before
 * {@code end}, all of them or only those with no {@code /} after the prefix.
 *
 * @param startAfter S3's StartAfter: where the listing starts, exclusive
 * @param end the first key not wanted: the listing stops there instead of running on
 */
record KeyRange(String prefix, Optional<String> startAfter, Optional<String> end,
    boolean directChildrenOnly) {

  static KeyRange everything(String prefix) {
    return new KeyRange(prefix, Optional.empty(), Optional.empty(), false);
  }

  boolean isBeforeEnd(String key) {
    // S3 orders keys by their UTF-8 bytes, String by UTF-16 units: the two orders agree against
    // the ASCII end keys used here.
    return end.map(e -> key.compareTo(e) < 0).orElse(true);
  }
}
