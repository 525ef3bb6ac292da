package dev.s3logs.source.s3;

/** The requests this source makes, by the IAM action that allows them. */
enum S3Action {
  LIST("ListObjectsV2", "s3:ListBucket"),
  GET("GetObject", "s3:GetObject");

  private final String request;
  private final String iamAction;

  S3Action(String request, String iamAction) {
    this.request = request;
    this.iamAction = iamAction;
  }

  /** The S3 API call, as named in messages. */
  String request() {
    return request;
  }

  String iamAction() {
    return iamAction;
  }
}
