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
 */
package org.agora.bench;
