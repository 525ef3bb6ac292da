package dev.s3logs.source;

import java.io.IOException;
import java.io.InputStream;

/** One log object to read: a local file, standard input, or (later) an S3 object. */
public interface InputObject {

  /** Where the object came from, as shown in failure records and messages. */
  String name();

  /** Opens the raw bytes; the caller closes the stream. */
  InputStream open() throws IOException;
}
