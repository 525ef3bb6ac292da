package dev.s3logs.source.notification;

import dev.s3logs.source.notification.Notification.NothingToRead;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which created objects to read, from {@code --key-prefix} and {@code --key-regex}: a key must
 * start with the prefix and contain a match of the regex (anchor it with {@code ^...$} to match
 * the whole key). Either may be absent.
 */
public final class KeyFilter {

  /** Reads every object. */
  public static final KeyFilter ALL = new KeyFilter("", null);

  private final String prefix;
  private final Pattern regex;

  private KeyFilter(String prefix, Pattern regex) {
    this.prefix = prefix;
    this.regex = regex;
  }

  /**
   * @param prefix the key prefix, or null for any
   * @param regex the regular expression (java.util.regex), or null for any
   * @throws IllegalArgumentException when the regex does not compile, naming {@code --key-regex}
   */
  public static KeyFilter of(String prefix, String regex) {
    if (regex == null) {
      return new KeyFilter(prefix == null ? "" : prefix, null);
    }
    try {
      return new KeyFilter(prefix == null ? "" : prefix, Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("--key-regex " + regex + " is not a valid regular"
          + " expression: " + e.getDescription() + " at index " + e.getIndex(), e);
    }
  }

  public boolean matches(String key) {
    return key.startsWith(prefix) && (regex == null || regex.matcher(key).find());
  }

  /**
   * The notification with only the created objects whose keys match; {@link NothingToRead} when
   * none does. Other notifications come back as they are.
   */
  public Notification apply(Notification notification) {
    if (!(notification instanceof ObjectsCreated created)) {
      return notification;
    }
    List<CreatedObject> kept = created.objects().stream().filter(o -> matches(o.key())).toList();
    if (kept.size() == created.objects().size()) {
      return created;
    }
    return kept.isEmpty()
        ? new NothingToRead("no created object matches " + this)
        : new ObjectsCreated(kept);
  }

  @Override
  public String toString() {
    if (prefix.isEmpty() && regex == null) {
      return "any key";
    }
    String text = prefix.isEmpty() ? "" : "--key-prefix " + prefix;
    if (regex != null) {
      text += (text.isEmpty() ? "" : " ") + "--key-regex " + regex.pattern();
    }
    return text;
  }
}
