/**
 * Ballots (表决/投票): the one ballot engine that democratic appraisal, democratic recommendation, congress votes
 * and honors votes use. A ballot has rater groups (each a ballot box with a weight and a fixed voter roll) and
 * questions (choose, rate on a scale, score items, pick up to N candidates); it is opened, closed and published in
 * explicit steps; voters cast with a one-time code (a slip with a QR code, or a link) or from their inbox.
 * <p>
 * Public API: {@link org.cadre.ballots.Ballots} (create, open, close, publish, results, turnout) with the
 * specification records, {@link org.cadre.ballots.BallotResults}, and the event
 * {@link org.cadre.ballots.BallotPublished}; the SPI {@link org.cadre.ballots.BallotReaders} by which a module says
 * who reads the result of a ballot it asked for.
 * <p>
 * Who may see what: officers whose scope of ballot:manage reaches the ballot's unit; voters on the roll and the
 * module's readers its published result; nobody else (see {@code README.md}).
 * <p>
 * States: DRAFT → OPEN → CLOSED → PUBLISHED; a draft can be cancelled ({@link org.cadre.ballots.BallotState}).
 * <p>
 * Secrecy, in short (the design and its threat model are in {@code README.md} beside this file): a secret ballot is
 * sealed with the ballot's own key while it is open, so the row a vote writes says nothing that a database reader
 * can read; at close the sealed ballots are opened in the application, shuffled, and stored in one transaction in
 * random order with no voter, code, time or sequence beside them, and the ballot's key is destroyed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "people"})
package org.cadre.ballots;
