package dev.s3logs.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The static website behind the logs: its bucket, pages, assets, downloads and the paths people
 * ask for in vain. Lists are ordered by popularity, since {@link #skewed} favours the front.
 */
final class SiteCatalogue {

  static final String BUCKET = "www.example-site.com";
  static final String REGION = "us-east-1";
  static final String SITE_URL = "https://" + BUCKET;
  static final String REST_ENDPOINT = "s3." + REGION + ".amazonaws.com";
  static final String PATH_STYLE_PREFIX = "/" + BUCKET;
  static final String WEBSITE_ENDPOINT = BUCKET + ".s3-website-" + REGION + ".amazonaws.com";
  private static final int BLOG_POSTS = 36;
  private static final String[] EXTERNAL_REFERERS = {
      "https://www.google.com/", "https://www.bing.com/", "https://duckduckgo.com/",
      "https://news.ycombinator.com/", "https://t.co/x7Qm2LzK9a", "https://www.linkedin.com/",
      "https://www.reddit.com/r/aws/comments/1gk2x9p/", "https://github.com/example-site/docs"};
  private static final String[] MISSING_KEYS = {
      "wp-login.php", "favicon-32x32.png", ".env", "wp-admin/", "apple-touch-icon-precomposed.png",
      "xmlrpc.php", ".git/config", "blog/2025/post-3.html", "ads.txt", "admin/config.php",
      "phpinfo.php", "css/main.old.css"};

  final String bucketOwner;
  final String accountId;
  final SiteObject errorPage;
  private final SplittableRandom random;
  private final List<SiteObject> pages = new ArrayList<>();
  private final List<SiteObject> assets = new ArrayList<>();
  private final List<SiteObject> crawlerFiles = new ArrayList<>();
  private final List<SiteObject> downloads = new ArrayList<>();
  private final List<SiteObject> missing = new ArrayList<>();
  private final List<String> internalReferers = new ArrayList<>();

  SiteCatalogue(SplittableRandom random, Tokens tokens) {
    this.random = random;
    this.bucketOwner = tokens.hex(64);
    this.accountId = String.valueOf(100_000_000_000L + random.nextLong(900_000_000_000L));
    addPages();
    addAssets(tokens);
    addDownloadsAndCrawlerFiles();
    for (String key : MISSING_KEYS) {
      missing.add(SiteObject.of(key, 0));
    }
    errorPage = SiteObject.of("404.html", sized(3_000, 6_000));
    pages.forEach(page -> internalReferers.add(SITE_URL + page.websitePath()));
  }

  private void addPages() {
    pages.add(SiteObject.of("index.html", "/", sized(14_000, 38_000)));
    for (String section : new String[] {"blog", "about", "services", "contact", "downloads"}) {
      pages.add(SiteObject.of(section + "/index.html", '/' + section + '/', sized(8_000, 30_000)));
    }
    for (int post = BLOG_POSTS; post >= 1; post--) {
      pages.add(SiteObject.of("blog/2026/post-" + post + ".html", sized(9_000, 60_000)));
    }
  }

  private void addAssets(Tokens tokens) {
    // Fingerprinted names, as a build tool emits them, so each deploy can delete old ones.
    assets.add(SiteObject.of("css/main." + tokens.hex(8) + ".css", sized(18_000, 60_000)));
    assets.add(SiteObject.of("js/app." + tokens.hex(8) + ".js", sized(40_000, 220_000)));
    assets.add(SiteObject.of("js/vendor." + tokens.hex(8) + ".js", sized(120_000, 400_000)));
    assets.add(SiteObject.of("fonts/inter-var.woff2", sized(40_000, 70_000)));
    assets.add(SiteObject.of("img/logo.svg", sized(2_000, 8_000)));
    assets.add(SiteObject.of("favicon.ico", sized(4_000, 16_000)));
    assets.add(SiteObject.of("img/hero.png", sized(120_000, 600_000)));
    assets.add(SiteObject.of("img/icons.svg", sized(6_000, 20_000)));
    assets.add(SiteObject.of("fonts/jetbrains-mono.woff2", sized(30_000, 50_000)));
    assets.add(SiteObject.of("apple-touch-icon.png", sized(8_000, 20_000)));
    assets.add(SiteObject.of("img/team.jpg", sized(80_000, 300_000)));
    assets.add(SiteObject.of("js/search.js", sized(8_000, 30_000)));
    assets.add(SiteObject.of("site.webmanifest", sized(400, 1_000)));
    assets.add(SiteObject.of("css/print.css", sized(2_000, 6_000)));
    for (int post = BLOG_POSTS; post >= 1; post--) {
      String cover = "blog/2026/img/post-" + post + "-cover.png";
      assets.add(SiteObject.of(cover, sized(40_000, 400_000)));
    }
  }

  private void addDownloadsAndCrawlerFiles() {
    downloads.add(SiteObject.of("downloads/brochure-2026.pdf", sized(800_000, 3_000_000)));
    downloads.add(SiteObject.of("downloads/Annual Report 2026.pdf", sized(2_000_000, 9_000_000)));
    downloads.add(SiteObject.of("downloads/price-list.pdf", sized(150_000, 600_000)));
    downloads.add(SiteObject.of("downloads/whitepaper-logs.pdf", sized(1_000_000, 4_000_000)));
    crawlerFiles.add(SiteObject.of("robots.txt", sized(60, 400)));
    crawlerFiles.add(SiteObject.of("sitemap.xml", sized(4_000, 12_000)));
    crawlerFiles.add(SiteObject.of("blog/feed.xml", sized(20_000, 80_000)));
  }

  private long sized(long min, long max) {
    return min + random.nextLong(max - min);
  }

  SiteObject page() {
    return skewed(pages);
  }

  SiteObject asset() {
    return skewed(assets);
  }

  /** What a browser or CDN fetches: mostly the assets a page pulls in, sometimes the page. */
  SiteObject visitorObject() {
    return random.nextInt(100) < 35 ? page() : asset();
  }

  SiteObject crawlerObject() {
    int roll = random.nextInt(100);
    return roll < 8 ? crawlerFiles.get(random.nextInt(crawlerFiles.size())) : page();
  }

  SiteObject download() {
    return skewed(downloads);
  }

  SiteObject missing() {
    return skewed(missing);
  }

  /** A referer in the form browsers send: absent, one of our pages, or a search or social site. */
  String referer() {
    int roll = random.nextInt(100);
    if (roll < 35) {
      return LogEntry.DASH;
    }
    if (roll < 85) {
      return skewed(internalReferers);
    }
    return EXTERNAL_REFERERS[random.nextInt(EXTERNAL_REFERERS.length)];
  }

  // Cubing a uniform draw gives a long-tailed, Zipf-like popularity without Math.pow.
  private <T> T skewed(List<T> items) {
    double u = random.nextDouble();
    return items.get((int) (u * u * u * items.size()));
  }
}
