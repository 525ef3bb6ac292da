package dev.s3logs.traffic;

/**
 * What S3 charges, in US dollars: per 1,000 requests of each tier and per GB (2^30 bytes) sent
 * to the internet. The defaults are S3 Standard's in us-east-1, from
 * https://aws.amazon.com/s3/pricing/ (first 10 TB a month; free tiers left out).
 */
public record Prices(double tier1Per1000, double tier2Per1000, double perGbOut) {

  public static final String SOURCE = "https://aws.amazon.com/s3/pricing/";
  public static final Prices S3_STANDARD_US_EAST_1 = new Prices(0.005, 0.0004, 0.09);

  private static final double GB = 1024.0 * 1024 * 1024;

  public Prices {
    if (tier1Per1000 < 0 || tier2Per1000 < 0 || perGbOut < 0) {
      throw new IllegalArgumentException("prices must not be negative: --price-tier1-per-1000 "
          + tier1Per1000 + ", --price-tier2-per-1000 " + tier2Per1000 + ", --price-gb-out "
          + perGbOut);
    }
  }

  /** The estimate for {@code totals}. */
  public CostEstimate estimate(Totals totals) {
    double tier1 = totals.tier1Requests() / 1000.0 * tier1Per1000;
    double tier2 = totals.tier2Requests() / 1000.0 * tier2Per1000;
    double transfer = totals.bytesSent() / GB * perGbOut;
    return new CostEstimate(this, tier1, tier2, transfer, tier1 + tier2 + transfer);
  }

  /** The estimate's parts in dollars, with the prices they come from. */
  public record CostEstimate(Prices prices, double tier1Requests, double tier2Requests,
      double transferOut, double total) {
  }
}
