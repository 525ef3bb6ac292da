package dev.s3logs.config;

/** The configuration cannot be used: a file that cannot be read, an unknown key, a bad value. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
