package dev.s3logs.config;

/**
 * The configuration cannot be used: a file that cannot be read, an unknown key, a value of the
 * wrong shape. An illegal argument, as a wrong flag would be.
 */
public final class ConfigException extends IllegalArgumentException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
