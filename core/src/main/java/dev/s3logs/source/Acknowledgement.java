package dev.s3logs.source;

/**
 * What the pipeline says of one object once it knows: {@link #done} when every document of the
 * object has been stored or kept in the dead letters (an empty object included), {@link #failed}
 * when that cannot be said (the object could not be read to the end, or the engine did not take
 * some of its documents). Exactly one of the two is called, once, on any thread.
 */
public interface Acknowledgement {

  /** For objects nobody waits on. */
  Acknowledgement NONE = new Acknowledgement() {
    @Override
    public void done() {
    }

    @Override
    public void failed(String reason) {
    }
  };

  void done();

  void failed(String reason);
}
