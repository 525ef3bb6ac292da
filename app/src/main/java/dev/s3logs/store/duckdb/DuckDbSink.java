package dev.s3logs.store.duckdb;

import dev.s3logs.pipeline.ChunkSettlement;
import dev.s3logs.pipeline.DocumentFraming;
import dev.s3logs.pipeline.NdjsonChunk;
import dev.s3logs.record.ParseFailure;
import dev.s3logs.sink.Sink;
import dev.s3logs.sink.search.IngestCounters;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests into a DuckDB file ({@link DuckDbStore}): chunks are staged as NDJSON until a batch
 * is large enough, then loaded by DuckDB's JSON reader in one transaction with the batch's
 * failed lines, and only then are the chunks' objects acknowledged. A batch that cannot be
 * stored fails its objects (to be read again), like a request an engine did not take.
 */
public final class DuckDbSink implements Sink {

  /** Large enough that a statement's fixed cost (planning, commit) does not count. */
  static final long BATCH_BYTES = 32L << 20;

  private final DuckDbStore store;
  private final StagingFile staging;
  private final DeadLettersTable deadLetters = new DeadLettersTable();
  private final IngestCounters counters;
  private final Clock clock;
  private final List<ChunkSettlement> pending = new ArrayList<>();
  private final List<ParseFailure> failures = new ArrayList<>();
  private final long batchBytes;
  private long deadLettersKept;

  /** @param stagingDirectory where the batch being gathered is written */
  public DuckDbSink(DuckDbStore store, Path stagingDirectory, IngestCounters counters,
      Clock clock) {
    this(store, stagingDirectory, counters, clock, BATCH_BYTES);
  }

  DuckDbSink(DuckDbStore store, Path stagingDirectory, IngestCounters counters, Clock clock,
      long batchBytes) {
    this.batchBytes = batchBytes;
    this.store = store;
    this.staging = new StagingFile(stagingDirectory);
    this.counters = counters;
    this.clock = clock;
  }

  @Override
  public DocumentFraming newFraming() {
    return new IdFraming();
  }

  @Override
  public boolean needsItems() {
    return false;
  }

  @Override
  public void accept(NdjsonChunk chunk) {
    try {
      staging.add(chunk);
      failures.addAll(chunk.failures());
      pending.add(chunk.settlement());
    } catch (IOException e) {
      chunk.settlement().failAll("cannot stage documents for " + store.location().describe()
          + ": " + e.getMessage());
      counters.notStored.addAndGet(chunk.records());
      chunk.settlement().release();
    } finally {
      chunk.release();
    }
    if (staging.bytes() >= batchBytes) {
      load();
    }
  }

  @Override
  public void flush() {
    load();
  }

  @Override
  public void finish() {
    load();
  }

  /** Failed lines kept in {@code dead_letters} (new or already there). */
  public long deadLettersKept() {
    return deadLettersKept;
  }

  private void load() {
    if (pending.isEmpty()) {
      return;
    }
    long documents = staging.documents();
    try {
      staging.seal();
      long added = transaction();
      counters.created.addAndGet(added);
      counters.alreadyStored.addAndGet(documents - added);
      deadLettersKept += failures.size();
    } catch (IOException | SQLException e) {
      String reason = "not stored in " + store.location().describe() + ": " + e.getMessage();
      pending.forEach(settlement -> settlement.failAll(reason));
      counters.notStored.addAndGet(documents);
    } finally {
      pending.forEach(ChunkSettlement::release);
      pending.clear();
      failures.clear();
      clearStaging();
    }
  }

  /** Loads the batch and its failures, all or nothing; returns how many requests were new. */
  private long transaction() throws SQLException {
    Connection connection = store.connection();
    try (Statement statement = connection.createStatement()) {
      long added = staging.documents() == 0 ? 0
          : statement.executeUpdate(RequestsTable.insertFrom(staging.path().toString()));
      if (!failures.isEmpty()) {
        deadLetters.add(connection, failures, clock.instant());
      }
      connection.commit();
      return added;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  private void clearStaging() {
    try {
      staging.clear();
    } catch (IOException e) {
      throw new StoreException("--to " + store.location().describe()
          + ": cannot reuse the staging file " + staging.path() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try (store) {
      staging.close();
    } catch (IOException e) {
      throw new StoreException("cannot remove the staging file " + staging.path() + ": "
          + e.getMessage(), e);
    }
  }
}
