package dev.s3logs.app;

import dev.s3logs.config.DataSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes such as {@code 5mb}, {@code 512kb} or {@code 100000} (bytes): see {@link DataSize}. */
final class ByteSize implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String text) {
    try {
      return DataSize.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
