package dev.s3logs.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Puts files into a bucket under a prefix, keyed by file name, a few at a time (untimed). */
final class Uploads {

  private static final int PARALLEL = 4;

  private Uploads() {
  }

  static void put(S3Client s3, String bucket, String prefix, List<Path> files) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<?>> puts = files.stream().<Future<?>>map(file -> pool.submit(() ->
          s3.putObject(r -> r.bucket(bucket).key(prefix + file.getFileName()),
              RequestBody.fromFile(file)))).toList();
      for (Future<?> put : puts) {
        put.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
