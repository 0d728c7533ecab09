/**
 * The benchmark of the community core: a documented command, not a timed test.
 *
 * <pre>
 * ./mvnw -Pbench package -DskipTests                      # full size, about 5 minutes
 * ./mvnw -Pbench package -DskipTests -Dbench.scale=0.1    # a quick run on a tenth of the data
 * </pre>
 *
 * <p>It starts its own stack in {@code portal-web/target/bench} on free ports (embedded PostgreSQL,
 * the dev Keycloak, Payara Micro with {@code agora.war} and the ceiling WAR), seeds PostgreSQL with
 * set-based SQL (100,000 posts, 1,000,000 votes, 300,000 comments by default, popularity skewed),
 * warms up, measures, prints the table, the ratios and the bars, checks that the votes are exact,
 * and stops everything again, also on failure or Ctrl-C. The results are also written to
 * {@code target/bench/results.txt}, next to the logs of the three servers.
 *
 * <p>Measured, at each connection count (8 and 64), each for 10 s after a 3 s warm-up:
 *
 * <ul>
 *   <li>{@code GET /api/posts?sort=top&limit=20}, anonymous;
 *   <li>{@code GET /api/posts/{id}?embed=comments} of the 1,000 most discussed posts (a full first
 *       page of 20 comments), anonymous — anonymous reads are answered largely from the portal's
 *       anonymous micro-cache, as in production; {@code -Dbench.signedIn=true} adds the uncached
 *       path;
 *   <li>vote toggles: {@code PUT} or {@code DELETE /api/posts/{id}/vote} on the 1,000 most voted
 *       posts, each connection signed in as a member of its own (a real Keycloak user and token),
 *       every answer checked;
 *   <li>beside each, the <em>ceiling</em>: the same requests (method, headers, token) to a JAX-RS
 *       resource on the same Payara Micro that answers with a real answer of the endpoint, as fixed
 *       bytes ({@link org.agora.bench.ceiling}) — what the portal costs beyond that is its own work;
 *   <li>the database's own rate for votes: single-row {@code insert … on conflict do nothing} and
 *       {@code delete} toggles over plain JDBC, autocommit, at the same connection counts.
 * </ul>
 *
 * <p>The bars of the issue: reads reach 0.6 of their ceiling's throughput at 64 connections (the
 * most measured) and keep p99 at 8 connections (the fewest) within twice the ceiling's p99; vote
 * toggles reach 0.5 of their ceiling at every connection count, and only with exact counts: after
 * the run every post's {@code vote_count} equals its vote rows, each member holds exactly the votes
 * its connection last cast, and the table holds the seeded votes plus those. Wrong answers or
 * failed requests make the command fail; bars that are missed are reported, not fatal.
 *
 * <p>Beside the table: the CPU each request cost Payara and PostgreSQL, the cores the load
 * generator and everything else on the machine used ("other": on two cores, a build running beside
 * the benchmark shows up there and makes the figures unreliable), and the statements PostgreSQL was
 * found running most often ({@code pg_stat_activity} sampled) with their plans.
 *
 * <p>The load generator is a Java client in this package ({@link org.agora.bench.HttpLoad}): a
 * closed loop over a fixed number of keep-alive connections, multiplexed on two selector threads as
 * wrk does, recording every latency (exact percentiles). It keeps the command self-contained, gives
 * each connection its own member and token, and keeps the ledger the vote check needs, which wrk's
 * per-thread Lua scripts cannot. {@code -Dbench.compareGenerators=true} measures it against Debian's
 * {@code wrk} (when installed) on the ceiling: CPU per request and throughput.
 *
 * <p>Options (system properties):
 *
 * <ul>
 *   <li>{@code bench.scale} (1): multiplies the seed sizes; {@code bench.posts}, {@code bench.votes},
 *       {@code bench.comments}, {@code bench.members} set them one by one;
 *   <li>{@code bench.connections} (8,64): the connection counts;
 *   <li>{@code bench.duration} (10) and {@code bench.warmup} (3): seconds per measurement and of
 *       the warm-up before each; {@code bench.jitWarmup} (10): seconds per endpoint at the start;
 *   <li>{@code bench.targets} (1000): how many posts the reads and votes spread over;
 *   <li>{@code bench.compareGenerators} (false): also compare with wrk;
 *   <li>{@code bench.signedIn} (false): also measure both reads as signed-in members (one per
 *       connection), whose answers are personal and never come from the anonymous micro-cache; no
 *       bars, the ratios only.
 * </ul>
 *
 * <h2>The search benchmark</h2>
 *
 * <pre>
 * ./mvnw -Pbench package -DskipTests -Dbench.suite=search                      # full size, about 15 minutes
 * ./mvnw -Pbench package -DskipTests -Dbench.suite=search -Dbench.scale=0.02   # 20,000 posts, a few minutes
 * </pre>
 *
 * <p>On the same stack ({@link org.agora.bench.BenchStack}), in one run ({@link
 * org.agora.bench.SearchBenchmark}):
 *
 * <ol>
 *   <li>seeds 1,000,000 posts, half German, half English, set-based: the sentences of the shared
 *       corpora ({@code agora.data}: {@code search-relevance-en/reviews.tsv}, {@code feedback-de/*.xml},
 *       read at run time, never copied) go into a scratch table and one {@code INSERT … SELECT} over
 *       {@code generate_series} puts each post together from them ({@link org.agora.bench.SearchDataset});
 *       areas, authors, tags; every 50th post pending;
 *   <li>rebuilds the portal's index from the database ({@code POST /api/search/rebuild} as the admin,
 *       then {@code /health/ready} every 100 ms until the "search-index" check is READY with every post)
 *       and indexes the first {@code bench.rawDocuments} of the same documents (the portal's own query
 *       and row mapping, over JDBC, into memory first) in-process with {@code SearchIndex.rebuild}: raw
 *       Lucene. Documents per second of each; bar: the portal at least 0.5 of raw Lucene;
 *   <li>builds PostgreSQL full-text search the way Fider does ({@link org.agora.bench.PostgresFullText});
 *   <li>checks every query of the mix ({@link org.agora.bench.SearchQueries}: single words, two words,
 *       phrases, German compounds, typos, a third with a kind or area filter) through {@code GET
 *       /api/search} against the same search in-process (same number of hits, or the command fails),
 *       and gives the ceiling an answer of the mean size;
 *   <li>measures at 8 and 64 connections the API (anonymous), the ceiling, {@code SearchIndex.search} in
 *       this process on a copy of the portal's index commit (one thread per connection) and PostgreSQL
 *       (one JDBC connection each). Bars: the API at least 0.5 of the lower of raw Lucene and the
 *       ceiling; its p95 at 8 connections at most twice the ceiling's; at least 5 times PostgreSQL's
 *       throughput;
 *   <li>times each query once by type, ours and PostgreSQL's (where the time goes), and reads Payara's
 *       resident memory ({@code VmRSS}, anonymous and file pages) with the index loaded and searched.
 * </ol>
 *
 * <p>Results also in {@code target/bench/search-results.txt}, the queries with their hit counts in
 * {@code target/bench/search-queries.txt}. Options: {@code bench.scale} (1) or {@code bench.posts}
 * (1,000,000); {@code bench.rawDocuments} (250,000: how many of the documents raw Lucene indexes — its
 * rate on a quarter is slightly higher than on all, as merges grow with the index, so the ratio errs
 * against the portal; give the number of posts to index all, about five more minutes); {@code
 * bench.connections}, {@code bench.duration}, {@code bench.warmup}, {@code bench.jitWarmup} as above.
 */
package org.agora.bench;
