package dev.s3logs.generate;

/**
 * One object of the website bucket.
 *
 * @param key the key field as S3 logs it, URL-encoded once more than the request URI
 * @param objectPath the path of the object in a REST request URI, e.g. {@code /about/index.html}
 * @param websitePath the path a visitor asks the website endpoint for, e.g. {@code /about/}
 * @param size the object size in bytes
 */
record SiteObject(String key, String objectPath, String websitePath, long size) {

  static SiteObject of(String rawKey, String websitePath, long size) {
    String objectPath = '/' + encode(rawKey);
    String key = objectPath.substring(1).replace("%", "%25");
    return new SiteObject(key, objectPath, websitePath, size);
  }

  /** An object a visitor asks for by its own path, such as an asset or a blog post. */
  static SiteObject of(String rawKey, long size) {
    return of(rawKey, '/' + encode(rawKey), size);
  }

  // Only what our keys contain needs escaping; S3 keeps '/' literal in paths.
  private static String encode(String rawKey) {
    StringBuilder sb = new StringBuilder(rawKey.length() + 8);
    for (char c : rawKey.toCharArray()) {
      if (c == ' ') {
        sb.append("%20");
      } else if (c == '%') {
        sb.append("%25");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
