package dev.s3logs.store.duckdb;

import dev.s3logs.sink.search.IngestCounters;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a batch into the store, all or nothing: its documents into {@code requests} through
 * DuckDB's JSON reader (which parses and converts in parallel, with no call per row or value
 * from Java), its failed lines into {@code dead_letters}, then commits and only then lets the
 * batch's objects be acknowledged. A batch that cannot be stored fails its objects, to be read
 * again, as a request an engine did not take. One batch at a time.
 */
final class BatchLoader {

  private final DuckDbStore store;
  private final DeadLettersTable deadLetters = new DeadLettersTable();
  private final IngestCounters counters;
  private final Clock clock;
  private final AtomicLong deadLettersKept = new AtomicLong();

  BatchLoader(DuckDbStore store, IngestCounters counters, Clock clock) {
    this.store = store;
    this.counters = counters;
    this.clock = clock;
  }

  void load(Batch batch) {
    long documents = batch.documents().documents();
    try (batch) {
      batch.documents().seal();
      long added = transaction(batch);
      counters.created.addAndGet(added);
      counters.alreadyStored.addAndGet(documents - added);
      deadLettersKept.addAndGet(batch.failures().size());
    } catch (IOException | SQLException e) {
      batch.failAll("not stored in " + store.location().describe() + ": " + e.getMessage());
      counters.notStored.addAndGet(documents);
    } finally {
      batch.release();
    }
  }

  /** Failed lines kept (new or already there). */
  long deadLettersKept() {
    return deadLettersKept.get();
  }

  private long transaction(Batch batch) throws SQLException {
    Connection connection = store.connection();
    try (Statement statement = connection.createStatement()) {
      StagingFile documents = batch.documents();
      long added = documents.documents() == 0 ? 0
          : statement.executeUpdate(RequestsTable.insertFrom(documents.path().toString()));
      if (!batch.failures().isEmpty()) {
        deadLetters.add(connection, batch.failures(), clock.instant());
      }
      connection.commit();
      return added;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }
}
