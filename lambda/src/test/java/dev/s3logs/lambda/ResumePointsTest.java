package dev.s3logs.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.lambda.ingest.PartResult.Done;
import dev.s3logs.lambda.ingest.PartResult.Failed;
import dev.s3logs.lambda.ingest.PartResult.Stopped;
import dev.s3logs.source.s3.S3Position;
import dev.s3logs.source.s3.S3Position.Encoding;
import org.junit.jupiter.api.Test;

class ResumePointsTest {

  private final ResumePoints points = new ResumePoints();

  @Test
  void aStoppedObjectGoesOnWhereItStoppedUntilItIsDoneOrFails() {
    S3Position start = points.from("logs", "big");
    assertThat(start).isEqualTo(S3Position.start("logs", "big"));
    S3Position rest = new S3Position("logs", "big", "\"e\"", 500, Encoding.GZIP);
    points.note(start, new Stopped(rest));
    assertThat(points.from("logs", "big")).isEqualTo(rest);
    assertThat(points.from("logs", "other")).isEqualTo(S3Position.start("logs", "other"));
    points.note(rest, new Done());
    assertThat(points.from("logs", "big")).isEqualTo(start);

    points.note(start, new Stopped(rest));
    points.note(rest, new Failed("the object changed"));
    assertThat(points.from("logs", "big")).isEqualTo(start);
  }

  @Test
  void onlyTheLatestThousandAreKept() {
    for (int i = 0; i <= 1000; i++) {
      S3Position start = S3Position.start("logs", "k" + i);
      points.note(start, new Stopped(new S3Position("logs", "k" + i, "\"e\"", 1,
          Encoding.PLAIN)));
    }
    assertThat(points.from("logs", "k0").offset()).isZero();
    assertThat(points.from("logs", "k1000").offset()).isEqualTo(1);
  }
}
