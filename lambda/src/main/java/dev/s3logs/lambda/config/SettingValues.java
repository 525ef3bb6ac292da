package dev.s3logs.lambda.config;

import dev.s3logs.config.ConfigException;
import dev.s3logs.config.ConfigLookup;
import dev.s3logs.config.DataSize;
import dev.s3logs.config.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings as typed values. A bad value is refused with a message that starts with where it
 * came from, e.g. {@code S3LOGS_BULK_SIZE='x': 'x' is not a size such as 5mb or 512kb}.
 */
final class SettingValues {

  private final ConfigLookup lookup;

  SettingValues(ConfigLookup lookup) {
    this.lookup = lookup;
  }

  Optional<Setting> find(String option) {
    return lookup.find(option);
  }

  Optional<String> text(String option) {
    return find(option).map(Setting::value);
  }

  String text(String option, String fallback) {
    return text(option).orElse(fallback);
  }

  boolean flag(String option) {
    return find(option).map(setting -> convert(setting, value -> {
      String word = value.strip().toLowerCase(Locale.ROOT);
      if (!word.equals("true") && !word.equals("false")) {
        throw new IllegalArgumentException("must be true or false");
      }
      return word.equals("true");
    })).orElse(false);
  }

  int number(String option, int fallback, int least) {
    return find(option).map(setting -> convert(setting, value -> {
      int number = Integer.parseInt(value.strip());
      if (number < least) {
        throw new IllegalArgumentException("must be at least " + least);
      }
      return number;
    })).orElse(fallback);
  }

  int size(String option, int fallback) {
    return find(option).map(setting -> convert(setting, DataSize::parse)).orElse(fallback);
  }

  Optional<URI> url(String option) {
    return find(option).map(setting -> convert(setting, SettingValues::httpUrl));
  }

  /** {@code setting}'s value made into a T, or a message naming the setting and the problem. */
  static <T> T convert(Setting setting, Function<String, T> conversion) {
    try {
      return conversion.apply(setting.value());
    } catch (NumberFormatException e) {
      throw problem(setting, "not a whole number");
    } catch (IllegalArgumentException e) {
      throw problem(setting, e.getMessage());
    }
  }

  static ConfigException problem(Setting setting, String what) {
    return new ConfigException(setting.describe() + ": " + what);
  }

  private static URI httpUrl(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getMessage());
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL with a host");
    }
    return uri;
  }
}
