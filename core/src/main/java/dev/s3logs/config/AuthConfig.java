package dev.s3logs.config;

/**
 * How requests to the engine are authenticated. Secrets are held here once resolved (from the
 * environment or a prompt) and never shown: {@link #toString} leaves them out.
 *
 * @param awsService es or aoss for SigV4, or null to take it from the host
 * @param awsRegion the region to sign for, or null to take it from the host or the environment
 * @param awsRoleArn a role to assume before signing, or null
 */
public record AuthConfig(Kind kind, String user, String password, String apiKey,
    String awsService, String awsRegion, String awsRoleArn) {

  public enum Kind { NONE, BASIC, API_KEY, AWS }

  public static final AuthConfig NONE = new AuthConfig(Kind.NONE, null, null, null, null, null,
      null);

  public static AuthConfig basic(String user, String password) {
    return new AuthConfig(Kind.BASIC, user, password, null, null, null, null);
  }

  public static AuthConfig apiKey(String key) {
    return new AuthConfig(Kind.API_KEY, null, null, key, null, null, null);
  }

  public static AuthConfig aws(String service, String region, String roleArn) {
    return new AuthConfig(Kind.AWS, null, null, null, service, region, roleArn);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "no authentication";
      case BASIC -> "basic authentication as " + user;
      case API_KEY -> "an API key";
      case AWS -> "AWS SigV4";
    };
  }
}
