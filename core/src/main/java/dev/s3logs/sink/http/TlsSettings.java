package dev.s3logs.sink.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.net.Socket;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How to check the server's certificate: the JDK's trusted authorities by default, a private CA
 * from a PEM file, or (only when asked for, and loudly) not at all.
 *
 * @param caCert PEM file of the authorities to trust instead of the JDK's, or null
 * @param insecure accept any certificate and host name
 */
public record TlsSettings(Path caCert, boolean insecure) {

  public static final TlsSettings DEFAULT = new TlsSettings(null, false);

  /** The context for the HTTP client; the JDK default when nothing was configured. */
  public SSLContext sslContext() {
    try {
      if (insecure) {
        return contextTrusting(new TrustManager[] {new TrustEverything()});
      }
      if (caCert != null) {
        return contextTrusting(trustManagersFor(caCert));
      }
      return SSLContext.getDefault();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static SSLContext contextTrusting(TrustManager[] managers)
      throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, managers, new SecureRandom());
    return context;
  }

  private static TrustManager[] trustManagersFor(Path pem) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(pem)) {
      store.load(null, null);
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(pem + " holds no PEM certificate");
      }
      int i = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + i++, certificate);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read CA certificate " + pem + ": " + e, e);
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers();
  }

  /**
   * For {@code --insecure} only. An extended trust manager is used by TLS as it is, so its empty
   * checks also skip the host name check, for this client alone: a plain X509TrustManager would
   * be wrapped in one that checks the name, which only a JVM-wide property turns off.
   */
  private static final class TrustEverything extends X509ExtendedTrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
