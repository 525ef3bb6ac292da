package dev.s3logs.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams, passed to every command so that tests can run commands
 * in-process with their own buffers. {@code out} is a raw byte stream because documents are
 * written as bytes; going through a PrintStream would cost a charset round trip per line.
 */
public record Streams(InputStream in, OutputStream out, PrintStream err) {

  public static Streams system() {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return new Streams(new FileInputStream(FileDescriptor.in), out, err);
  }
}
