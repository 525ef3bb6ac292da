package dev.s3logs.generate;

/** Automated clients, with the address blocks the well-behaved ones really crawl from. */
enum Crawler {
  GOOGLEBOT("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "66.249.64.", "66.249.66.", "66.249.68.", "66.249.72.", "66.249.79."),
  GOOGLEBOT_MOBILE("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P)"
      + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.116 Mobile Safari/537.36"
      + " (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "66.249.66.", "66.249.70."),
  BINGBOT("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "157.55.39.", "207.46.13.", "40.77.167.", "52.167.144."),
  AHREFSBOT("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
      "54.36.148.", "54.36.149.", "5.39.1.", "51.222.253."),
  CURL("curl/8.5.0"),
  PYTHON_REQUESTS("python-requests/2.32.3");

  final String userAgent;
  final String[] ipPrefixes;

  Crawler(String userAgent, String... ipPrefixes) {
    this.userAgent = userAgent;
    this.ipPrefixes = ipPrefixes;
  }

  /** Scripts rather than search engines: they probe for admin pages and leaked files. */
  boolean probes() {
    return ipPrefixes.length == 0;
  }
}
