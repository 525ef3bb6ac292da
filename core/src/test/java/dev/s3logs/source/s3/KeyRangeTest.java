package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRangeTest {

  private static final LogDateRange JAN_2_TO_3 = new LogDateRange(
      Optional.of(LocalDate.of(2024, 1, 2)), Optional.of(LocalDate.of(2024, 1, 3)));

  @Test
  void simpleLayoutStartsAfterTheSinceDayAndEndsAtTheDayAfterUntil() {
    KeyRange range = KeyRange.simpleLayout("logs/", JAN_2_TO_3);
    assertThat(range.startAfter()).contains("logs/2024-01-02");
    assertThat(range.end()).contains("logs/2024-01-04");
    assertThat(range.directChildrenOnly()).isTrue();
  }

  @Test
  void simpleLayoutListsExactlyTheDaysWanted() {
    KeyRange range = KeyRange.simpleLayout("logs/", JAN_2_TO_3);
    List<String> keys = List.of(
        "logs/2024-01-01-23-59-59-AAAA",
        "logs/2024-01-02-00-00-00-BBBB",
        "logs/2024-01-03-23-59-59-CCCC",
        "logs/2024-01-04-00-00-00-DDDD",
        "logs/123456789012/eu-west-1/src/2024/01/02/2024-01-02-00-00-00-EEEE",
        "other/2024-01-02-00-00-00-FFFF");
    assertThat(keys.stream().filter(range::includes))
        .containsExactly("logs/2024-01-02-00-00-00-BBBB", "logs/2024-01-03-23-59-59-CCCC");
    assertThat(range.isBeforeEnd("logs/2024-01-04-00-00-00-DDDD")).isFalse();
  }

  @Test
  void aPrefixThatIsNotAFolderWorksTheSame() {
    KeyRange range = KeyRange.simpleLayout("logs/access-", JAN_2_TO_3);
    assertThat(range.includes("logs/access-2024-01-02-00-00-00-B")).isTrue();
    assertThat(range.includes("logs/access-2024-01-01-00-00-00-A")).isFalse();
  }

  @Test
  void dayFoldersStartAfterTheSinceDaysFolder() {
    String folder = "logs/123456789012/eu-west-1/src/";
    KeyRange range = KeyRange.dayFolders(folder, JAN_2_TO_3);
    assertThat(range.startAfter()).contains(folder + "2024/01/02/");
    assertThat(range.end()).contains(folder + "2024/01/04/");
    assertThat(List.of("2023/12/31/2023-12-31-00-00-00-A", "2024/01/01/2024-01-01-00-00-00-B",
            "2024/01/02/2024-01-02-00-00-00-C", "2024/01/03/2024-01-03-00-00-00-D",
            "2024/01/04/2024-01-04-00-00-00-E", "2024/02/01/2024-02-01-00-00-00-F")
        .stream().map(path -> folder + path).filter(range::includes))
        .containsExactly(folder + "2024/01/02/2024-01-02-00-00-00-C",
            folder + "2024/01/03/2024-01-03-00-00-00-D");
  }

  @Test
  void openEndsListFromTheStartOrToTheEnd() {
    LogDateRange until = new LogDateRange(Optional.empty(), Optional.of(LocalDate.of(2024, 1, 3)));
    KeyRange range = KeyRange.simpleLayout("", until);
    assertThat(range.startAfter()).isEmpty();
    assertThat(range.includes("1999-01-01-00-00-00-A")).isTrue();
    assertThat(range.includes("2024-01-04-00-00-00-A")).isFalse();
    assertThat(KeyRange.everything("logs/").includes("logs/any/thing")).isTrue();
  }
}
