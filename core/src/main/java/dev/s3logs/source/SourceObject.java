package dev.s3logs.source;

/** An object to read, and whom to tell once its documents are stored or cannot be. */
public record SourceObject(InputObject input, Acknowledgement ack) {

  public String name() {
    return input.name();
  }
}
