package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.store.duckdb.HoldDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} into DuckDB files, in-process: named, by default, and refused with a reason. */
class StoreCommandTest {

  private static final String LINE = "owner bucket [06/Feb/2019:00:00:38 +0000] 192.0.2.3 - "
      + "3E57427F3EXAMPLE REST.GET.OBJECT k \"GET /k HTTP/1.1\" 200 - 1 1 1 1 \"-\" \"ua\" -";

  @TempDir
  Path dir;

  @Test
  void ingestsIntoTheFileNamedAndAgainWithoutDuplicates() throws Exception {
    Path logs = write("a.log", LINE + "\nnot a log line\n");
    Path db = dir.resolve("logs.duckdb");
    CommandRun first = CommandRun.run("ingest", "--to", "duckdb:" + db, logs.toString());
    assertThat(first.err()).contains("s3logs ingest: 2 lines from 1 input into duckdb:" + db
        + ": 1 stored (1 new, 0 already there), 1 failed to parse, 0 refused",
        "1 failed lines are kept in the table dead_letters of " + db);
    assertThat(first.exitCode()).isEqualTo(ExitCodes.LINES_FAILED);
    CommandRun again = CommandRun.run("ingest", "--to", "duckdb:" + db, logs.toString());
    assertThat(again.err()).contains("1 stored (0 new, 1 already there)");
    assertThat(StoreRows.count(db, "requests")).isEqualTo(1);
    assertThat(StoreRows.count(db, "dead_letters")).isEqualTo(1);
  }

  @Test
  void withoutToIngestsIntoS3logsDuckdbInTheWorkingDirectory() throws Exception {
    Path logs = write("a.log", LINE + "\n");
    CommandRun run = CommandRun.inDirectory(dir, "ingest", logs.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    Path db = dir.resolve("s3logs.duckdb").toAbsolutePath();
    assertThat(run.err()).contains("into duckdb:" + db + ": 1 stored (1 new");
    assertThat(StoreRows.count(db, "requests")).isEqualTo(1);
  }

  @Test
  void aDirectoryThatDoesNotExistIsRefused() {
    Path db = dir.resolve("missing").resolve("x.duckdb");
    assertRefused(CommandRun.run("ingest", "--to", "duckdb:" + db, "-"),
        "s3logs ingest: --to duckdb:" + db + ": directory " + db.getParent()
            + " does not exist");
  }

  @Test
  void aFileThatIsNotADatabaseIsRefused() throws IOException {
    Path notDb = write("notes.txt", "hello\n".repeat(1000));
    assertRefused(CommandRun.run("ingest", "--to", "duckdb:" + notDb, "-"),
        "s3logs ingest: --to duckdb:" + notDb + ": " + notDb + " is not a DuckDB database");
  }

  @Test
  void aTableOfAnotherShapeIsRefused() throws Exception {
    Path db = dir.resolve("other.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE requests (id VARCHAR, line VARCHAR)");
    }
    assertRefused(CommandRun.run("ingest", "--to", "duckdb:" + db, "-"),
        "s3logs ingest: --to duckdb:" + db + ": its table requests has other columns than"
            + " s3logs writes (id, line); use another file, or rename that table");
  }

  @Test
  void aDatabaseAnotherProcessHoldsIsRefused() throws Exception {
    Path db = dir.resolve("held.duckdb");
    Process holder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
        db.toString()).redirectErrorStream(true).start();
    try {
      String ready = new BufferedReader(new InputStreamReader(holder.getInputStream(),
          StandardCharsets.UTF_8)).readLine();
      assertThat(ready).isEqualTo("held");
      assertRefused(CommandRun.run("ingest", "--to", "duckdb:" + db, "-"),
          "s3logs ingest: --to duckdb:" + db + ": the database is in use by another process"
              + " (DuckDB lets one process write a file); stop it, or use another file");
    } finally {
      holder.getOutputStream().close();
      holder.destroy();
      holder.waitFor();
    }
  }

  @Test
  void setupStillNeedsAnEngine() {
    assertRefused(CommandRun.run("setup"), "s3logs setup: --to is required: the engine's URL");
  }

  private static void assertRefused(CommandRun run, String message) {
    assertThat(run.err().strip()).isEqualTo(message);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
