package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

class FolderScanTest {

  @Test
  void aPageEndingInSimpleLayoutObjectsJumpsPastTheirYear() {
    ListObjectsV2Response page = page(new String[] {"logs/000000000001/"},
        "logs/2023-12-31-23-00-00-A", "logs/2024-05-06-07-08-09-B");
    assertThat(FolderScan.pastYear("logs/", page)).contains("logs/2024.");
    // The jump skips no folder: every account folder of 2024... sorts after it.
    assertThat("logs/2024.").isLessThan("logs/202400000000/").isGreaterThan("logs/2024-12-31-X");
  }

  @Test
  void neverJumpsBackBeforeAFolderAlreadyListed() {
    ListObjectsV2Response page = page(new String[] {"logs/999999999999/"},
        "logs/2024-05-06-07-08-09-B");
    assertThat(FolderScan.pastYear("logs/", page)).isEmpty();
  }

  @Test
  void otherObjectsAreListedThrough() {
    assertThat(FolderScan.pastYear("logs/", page(new String[0], "logs/notes.txt"))).isEmpty();
    assertThat(FolderScan.pastYear("logs/", page(new String[] {"logs/a/"}))).isEmpty();
  }

  private static ListObjectsV2Response page(String[] folders, String... keys) {
    return ListObjectsV2Response.builder()
        .isTruncated(true)
        .commonPrefixes(Arrays.stream(folders).map(f -> CommonPrefix.builder().prefix(f).build())
            .toList())
        .contents(Arrays.stream(keys).map(k -> S3Object.builder().key(k).size(10L).build())
            .toList())
        .build();
  }
}
