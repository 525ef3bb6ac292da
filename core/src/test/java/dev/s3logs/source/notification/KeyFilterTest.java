package dev.s3logs.source.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.source.notification.Notification.NothingToRead;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import dev.s3logs.source.notification.Notification.TestEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

  private static final ObjectsCreated THREE = new ObjectsCreated(List.of(
      object("logs/2024-05-01-12-00-00-AAAA"), object("other/2024-05-01-12-00-00-BBBB"),
      object("logs/2024-05-02-00-00-00-CCCC")));

  @Test
  void allReadsEverything() {
    assertThat(KeyFilter.ALL.apply(THREE)).isSameAs(THREE);
    assertThat(KeyFilter.of(null, null).matches("anything")).isTrue();
    assertThat(KeyFilter.ALL).hasToString("any key");
  }

  @Test
  void aKeyMustMatchPrefixAndRegex() {
    KeyFilter filter = KeyFilter.of("logs/", "-05-02-");
    assertThat(filter.apply(THREE)).isEqualTo(
        new ObjectsCreated(List.of(object("logs/2024-05-02-00-00-00-CCCC"))));
    assertThat(filter.matches("other/2024-05-02-00-00-00-DDDD")).isFalse();
  }

  @Test
  void regexFindsUnlessAnchored() {
    assertThat(KeyFilter.of(null, "AAAA").matches("logs/2024-05-01-12-00-00-AAAA")).isTrue();
    assertThat(KeyFilter.of(null, "^AAAA$").matches("logs/2024-05-01-12-00-00-AAAA")).isFalse();
  }

  @Test
  void noMatchIsNothingToReadNamingTheFilter() {
    assertThat(KeyFilter.of("elsewhere/", "\\d+").apply(THREE)).isEqualTo(new NothingToRead(
        "no created object matches --key-prefix elsewhere/ --key-regex \\d+"));
  }

  @Test
  void otherNotificationsPassThrough() {
    assertThat(KeyFilter.of("x", null).apply(new TestEvent())).isEqualTo(new TestEvent());
  }

  @Test
  void invalidRegexNamesTheOption() {
    assertThatThrownBy(() -> KeyFilter.of(null, "logs/(unclosed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--key-regex logs/(unclosed is not a valid regular expression: ")
        .hasMessageContaining("Unclosed group");
  }

  private static CreatedObject object(String key) {
    return new CreatedObject("b", key, 1, "ObjectCreated:Put", "", "");
  }
}
