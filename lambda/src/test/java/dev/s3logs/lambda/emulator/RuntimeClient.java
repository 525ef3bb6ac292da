package dev.s3logs.lambda.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * AWS's runtime interface client, the Java runtime of Lambda's managed images: its main class, its
 * classpath as the build resolved it (the runtime's own jars, apart from the function's), and its
 * native library, unpacked where only these tests use it.
 */
public final class RuntimeClient {

  public static final String MAIN_CLASS =
      "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
  private static final String CLASSPATH_RESOURCE = "runtime.classpath";
  private static final String JNI_PROPERTY =
      "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
  private static final String JNI_LIBRARY = "jni/libaws-lambda-jni.linux-x86_64.so";

  private RuntimeClient() {
  }

  /** The runtime's classpath, from the file the lambda module's build writes. */
  public static String classpath() {
    try (InputStream in = RuntimeClient.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + CLASSPATH_RESOURCE + " is missing: the"
            + " lambda module's Maven build writes it (generate-test-resources)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The option that loads the client's native library from {@code directory} (unpacked there
   * now): by default it is unpacked to one fixed file in /tmp that every test run would share.
   */
  public static String nativeLibraryOption(Path directory) {
    String jar = List.of(classpath().split(java.io.File.pathSeparator)).stream()
        .filter(path -> path.contains("aws-lambda-java-runtime-interface-client")).findFirst()
        .orElseThrow(() -> new IllegalStateException("no runtime interface client on "
            + classpath()));
    try (ZipFile zip = new ZipFile(jar)) {
      Path library = Files.createDirectories(directory).resolve("libaws-lambda-jni.so");
      try (InputStream in = zip.getInputStream(zip.getEntry(JNI_LIBRARY))) {
        Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
      }
      return "-D" + JNI_PROPERTY + "=" + library.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + JNI_LIBRARY + " from " + jar, e);
    }
  }
}
