package dev.s3logs.source.notification;

import static dev.s3logs.source.notification.Samples.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3logs.source.notification.Notification.NothingToRead;
import dev.s3logs.source.notification.Notification.ObjectsCreated;
import dev.s3logs.source.notification.Notification.TestEvent;
import dev.s3logs.source.notification.Notification.Unrecognised;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationReaderTest {

  private static final CreatedObject HAPPY_FACE = new CreatedObject("amzn-s3-demo-bucket",
      "HappyFace.jpg", 1024, "ObjectCreated:Put", "1970-01-01T00:00:00Z", "0055AED6DCD90281E5");

  @Test
  void putNotificationYieldsItsObject() {
    assertThat(read("s3-put.json")).isEqualTo(new ObjectsCreated(List.of(HAPPY_FACE)));
  }

  @Test
  void completeMultipartUploadIsACreatedObject() {
    assertThat(read("s3-complete-multipart-upload.json")).isEqualTo(new ObjectsCreated(List.of(
        new CreatedObject("amzn-s3-demo-bucket", "logs/2024-05-01-12-00-00-6D5F2C1A9B3E4F07",
            73400320, "ObjectCreated:CompleteMultipartUpload", "2024-05-01T12:00:03.512Z",
            "00663227A3B9D1C2F4"))));
  }

  @Test
  void s3KeysAreFormDecoded() {
    assertThat(objects(read("s3-encoded-key.json"))).singleElement()
        .extracting(CreatedObject::key)
        .isEqualTo("access logs/café/a+b/100% done/2024-05-01-12:00:00=✓.log");
  }

  @Test
  void everyCreatedRecordInOrderAndNoOther() {
    assertThat(objects(read("s3-several-records.json")))
        .extracting(CreatedObject::key, CreatedObject::eventName, CreatedObject::size,
            CreatedObject::sequencer)
        .containsExactly(
            tuple("logs/one", "ObjectCreated:Put", 10L, "01"),
            tuple("logs/two", "ObjectCreated:Copy", 20L, "03"));
  }

  @Test
  void removalsAndExpirationsAreNothingToReadNamingTheEventsOnce() {
    assertThat(read("s3-nothing-created.json")).isEqualTo(new NothingToRead(
        "no object created: ObjectRemoved:Delete, LifecycleExpiration:Delete"));
  }

  @Test
  void testEventDirectAndThroughSns() {
    assertThat(read("s3-test-event.json")).isEqualTo(new TestEvent());
    assertThat(read("sns-s3-test-event.json")).isEqualTo(new TestEvent());
  }

  @Test
  void snsEnvelopeIsUnwrapped() {
    assertThat(read("sns-s3-put.json")).isEqualTo(new ObjectsCreated(List.of(HAPPY_FACE)));
    assertThat(read("sns-eventbridge-object-created.json")).isEqualTo(read(
        "eventbridge-object-created.json"));
  }

  @Test
  void eventBridgeObjectCreated() {
    assertThat(read("eventbridge-object-created.json")).isEqualTo(new ObjectsCreated(List.of(
        new CreatedObject("amzn-s3-demo-bucket1", "example-key", 5, "Object Created:PutObject",
            "2021-11-12T00:00:00Z", "617f08299329d189"))));
  }

  @Test
  void eventBridgeKeysAreTakenAsStored() {
    assertThat(objects(read("eventbridge-object-created-raw-key.json"))).singleElement()
        .satisfies(o -> {
          assertThat(o.key()).isEqualTo("access logs/a+b/100%/2024-05-01-12:00:00=✓.log");
          assertThat(o.eventName()).isEqualTo("Object Created:CompleteMultipartUpload");
        });
  }

  @Test
  void eventBridgeObjectDeletedIsNothingToRead() {
    assertThat(read("eventbridge-object-deleted.json"))
        .isEqualTo(new NothingToRead("no object created: EventBridge Object Deleted"));
  }

  @Test
  void recordsWithoutObjectOrBucketAreUnrecognised() {
    assertThat(reason("s3-record-without-object.json"))
        .isEqualTo("S3 event record 1 has no s3.object.key");
    assertThat(reason("s3-record-without-bucket.json"))
        .isEqualTo("S3 event record 1 has no s3.bucket.name");
  }

  @Test
  void notJsonOrNotAnObjectIsUnrecognised() {
    assertThat(reason("garbage.txt")).startsWith("not JSON: ");
    assertThat(reason("empty.txt")).isEqualTo("empty message body");
    assertThat(reason("array.json")).isEqualTo("JSON array, not an object");
    assertThat(reason("empty-object.json")).startsWith("JSON object is not an S3 event");
    assertThat(NotificationReader.read(null)).isEqualTo(new Unrecognised("empty message body"));
    assertThat(NotificationReader.read("{} {}")).isInstanceOf(Unrecognised.class);
  }

  @Test
  void snsEnvelopesAroundSomethingElseAreUnrecognised() {
    assertThat(reason("sns-garbage.json")).startsWith("SNS Message: not JSON: ");
    assertThat(reason("sns-in-sns.json")).isEqualTo("SNS Message: SNS envelope inside another");
    assertThat(reason("sns-subscription-confirmation.json"))
        .isEqualTo("SNS SubscriptionConfirmation message, not a Notification");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"Records\":{}}",
      "{\"Records\":[]}",
      "{\"Records\":null}",
      "{\"Records\":[1]}",
      "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"eventName\":\"x\"}]}",
      "{\"Records\":[{\"eventSource\":\"aws:s3\",\"s3\":{}}]}",
      "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
          + "\"eventTime\":\"yesterday\","
          + "\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\"}}}]}",
      "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
          + "\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"size\":\"big\"}}}]}",
      "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
          + "\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"100%\"}}}]}",
      "{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{}}",
      "{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\","
          + "\"detail\":{\"bucket\":{\"name\":\"b\"}}}",
      "{\"Type\":\"Notification\",\"TopicArn\":\"t\",\"Message\":{\"Records\":[]}}",
      "\"Records\"",
      "null"})
  void malformedShapesAreUnrecognisedNotThrown(String body) {
    // Each has a reason of its own, not the catch-all for exceptions nobody foresaw.
    assertThat(NotificationReader.read(body)).isInstanceOfSatisfying(Unrecognised.class,
        u -> assertThat(u.reason()).doesNotStartWith("cannot read"));
  }

  @Test
  void createdObjectWithoutSizeOrTimeOrSequencer() {
    String body = "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Post\","
        + "\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"a+b%2Bc\"}}}]}";
    assertThat(NotificationReader.read(body)).isEqualTo(new ObjectsCreated(List.of(
        new CreatedObject("b", "a b+c", -1, "ObjectCreated:Post", "", ""))));
  }

  private static List<CreatedObject> objects(Notification notification) {
    assertThat(notification).isInstanceOf(ObjectsCreated.class);
    return ((ObjectsCreated) notification).objects();
  }

  private static String reason(String sample) {
    Notification notification = read(sample);
    assertThat(notification).isInstanceOf(Unrecognised.class);
    return ((Unrecognised) notification).reason();
  }
}
