package dev.s3logs.generate;

import java.util.SplittableRandom;

/**
 * The seeded pieces every kind of traffic draws from. One random source feeds them all, in a
 * fixed order, which is what makes equal seeds give byte-identical output.
 */
record TrafficContext(
    SplittableRandom random,
    Tokens tokens,
    UtcStamps stamps,
    SiteCatalogue site,
    Clients clients,
    Responses responses) {

  static TrafficContext seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Tokens tokens = new Tokens(random);
    SiteCatalogue site = new SiteCatalogue(random, tokens);
    return new TrafficContext(random, tokens, new UtcStamps(), site, new Clients(random),
        new Responses(random, site));
  }
}
