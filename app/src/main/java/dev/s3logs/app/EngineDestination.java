package dev.s3logs.app;

import dev.s3logs.assembly.EngineConnection;
import dev.s3logs.assembly.SearchSinkAssembly;
import dev.s3logs.sink.Sink;
import dev.s3logs.sink.search.IngestCounters;

/** OpenSearch or Elasticsearch, connected, with its templates and dead letters set up. */
record EngineDestination(EngineConnection engine, SearchSinkAssembly assembly)
    implements Destination {

  @Override
  public Sink sink() {
    return assembly.sink();
  }

  @Override
  public String describe() {
    return engine.engine() + " at " + engine.http().base();
  }

  @Override
  public String deadLetterSummary(IngestCounters counters) {
    return assembly.deadLetters().summary(counters.deadLettersIndexed.get());
  }

  @Override
  public void close() {
    assembly.close();
  }
}
