package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogObjectNamesTest {

  @Test
  void readsTheDateOfSimpleLayoutNames() {
    assertThat(LogObjectNames.simpleDate("2024-03-07-10-15-42-1A2B3C4D5E6F7A8B"))
        .contains(LocalDate.of(2024, 3, 7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-07-10-15-42", "2024-03-07-10-15-42-", "2024-13-07-10-15-42-X",
      "2024-02-30-10-15-42-X", "24-03-07-10-15-42-X", "notes.txt",
      "2024/03/07/2024-03-07-00-00-00-X",
      "x2024-03-07-10-15-42-X", "2024-03-07-10-15-42-X/extra"})
  void findsNoDateInOtherNames(String name) {
    assertThat(LogObjectNames.simpleDate(name)).isEmpty();
  }

  @Test
  void readsTheDayFoldersOfThePartitionedLayout() {
    assertThat(LogObjectNames.dayFolderDate("2023/12/31/2023-12-31-00-00-00-E5F6A7B8C9D0E1F2"))
        .contains(LocalDate.of(2023, 12, 31));
    assertThat(LogObjectNames.dayFolderDate("2023/12/31/notes.txt")).isEmpty();
    assertThat(LogObjectNames.dayFolderDate("2023/12/2023-12-31-00-00-00-X")).isEmpty();
    assertThat(LogObjectNames.dayFolderDate("2023/02/29/2023-02-29-00-00-00-X")).isEmpty();
  }

  @Test
  void writesDaysAsKeysSortThem() {
    LocalDate day = LocalDate.of(987, 1, 2);
    assertThat(LogObjectNames.simpleDay(LocalDate.of(2024, 1, 2))).isEqualTo("2024-01-02");
    assertThat(LogObjectNames.dayFolders(LocalDate.of(2024, 1, 2))).isEqualTo("2024/01/02/");
    assertThat(LogObjectNames.dayFolders(day)).isEqualTo("0987/01/02/");
  }

  @Test
  void tellsAccountAndYearFolders() {
    assertThat(LogObjectNames.isAccountFolder("123456789012")).isTrue();
    assertThat(LogObjectNames.isAccountFolder("12345678901")).isFalse();
    assertThat(LogObjectNames.isAccountFolder("eu-west-1")).isFalse();
    assertThat(LogObjectNames.isYearFolder("2024")).isTrue();
    assertThat(LogObjectNames.isYearFolder("logs")).isFalse();
    assertThat(LogObjectNames.isYearFolder("123456789012")).isFalse();
  }
}
