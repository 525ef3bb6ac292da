package dev.s3logs.traffic;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A class of HTTP statuses: 2xx is 200 to 299. */
public enum StatusClass {
  S2XX(200), S3XX(300), S4XX(400), S5XX(500);

  private final int lowest;

  StatusClass(int lowest) {
    this.lowest = lowest;
  }

  public int lowest() {
    return lowest;
  }

  /** The first status above the class. */
  public int end() {
    return lowest + 100;
  }

  public String label() {
    return lowest / 100 + "xx";
  }

  /** {@code 4xx} to {@link #S4XX}; anything else is refused, naming the choices. */
  public static StatusClass parse(String text) {
    return Arrays.stream(values()).filter(c -> c.label().equalsIgnoreCase(text)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("status_class '" + text
            + "' is not one of " + Arrays.stream(values()).map(StatusClass::label)
            .collect(Collectors.joining(", "))));
  }
}
