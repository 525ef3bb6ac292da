package dev.s3logs.testing;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenSearch and Elasticsearch refuse to run as root, and CI runs as root. So when the tests run as
 * root they start the servers as an unprivileged user, created on first need; otherwise as themselves.
 */
final class TestUser {

  static final String NAME = "s3logs-test";

  private TestUser() {}

  static boolean needed() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Creates the user when it is missing; as root only. */
  static synchronized void ensureExists() throws IOException, InterruptedException {
    if (run(Redirect.DISCARD, "id", "-u", NAME) == 0) {
      return;
    }
    int status = run(Redirect.INHERIT, "useradd", "--system", "--user-group", "--no-create-home",
        "--shell", "/usr/sbin/nologin", NAME);
    // 9: another test JVM created it a moment ago
    if (status != 0 && status != 9) {
      throw new IllegalStateException("useradd " + NAME + " failed with status " + status);
    }
  }

  /** Gives the user a server's directory: the server writes its data, logs and keystore there. */
  static void handOver(Path directory) throws IOException, InterruptedException {
    if (needed() && run(Redirect.INHERIT, "chown", "-R", NAME + ":" + NAME, directory.toString()) != 0) {
      throw new IllegalStateException("chown -R " + NAME + " " + directory + " failed");
    }
  }

  /**
   * What goes in front of the server's command line. setpriv execs the server in its own place,
   * so the process the tests hold is the server (or its launcher), not a root-owned wrapper.
   */
  static List<String> commandPrefix() {
    if (!needed()) {
      return List.of();
    }
    return List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--");
  }

  /** Runs a system command; its messages go to {@code output} (the test log, or nowhere). */
  private static int run(Redirect output, String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output)
        .start()
        .waitFor();
  }
}
