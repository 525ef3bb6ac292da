package dev.s3logs.generate;

import java.util.Arrays;

/** The kinds of request in the mix, each with its share in ten thousand requests. */
enum Activity {
  ODDITY(100),
  CLOUDFRONT(5_660),
  BROWSER(2_200),
  CRAWLER(1_000),
  PRESIGNED_DOWNLOAD(300),
  UPLOAD(150),
  DEPLOY_HEAD(150),
  LISTING(60),
  SITEMAP_LAMBDA(140),
  EXPIRE(120),
  COPY(60),
  BATCH_DELETE(60);

  private static final Activity[] VALUES = values();
  static final int TOTAL_SHARE = Arrays.stream(VALUES).mapToInt(activity -> activity.share).sum();

  private final int share;

  Activity(int share) {
    this.share = share;
  }

  /** Copies and batch deletes log several lines and so need room before the line budget ends. */
  boolean multiLine() {
    return this == COPY || this == BATCH_DELETE;
  }

  /** The activity that a roll in {@code [0, TOTAL_SHARE)} lands on. */
  static Activity pick(int roll) {
    int remaining = roll;
    for (Activity activity : VALUES) {
      if (remaining < activity.share) {
        return activity;
      }
      remaining -= activity.share;
    }
    throw new IllegalArgumentException("roll " + roll + " is outside [0, " + TOTAL_SHARE + ")");
  }
}
