package dev.s3logs.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes such as {@code 5mb}, {@code 512kb} or {@code 100000} (bytes). */
final class ByteSize implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("mb")) {
      unit = 1 << 20;
    } else if (t.endsWith("kb")) {
      unit = 1 << 10;
    }
    String digits = unit == 1 ? t : t.substring(0, t.length() - 2).strip();
    try {
      long bytes = Long.parseLong(digits) * unit;
      if (bytes < 1024 || bytes > (1L << 30)) {
        throw new TypeConversionException("'" + text + "' is outside 1kb..1024mb");
      }
      return (int) bytes;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a size such as 5mb or 512kb");
    }
  }
}
