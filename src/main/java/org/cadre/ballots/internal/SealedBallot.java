package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content of one secret ballot while its ballot is open: its box (group), its receipt and its marks. Padded
 * before sealing to one size for every paper of its ballot ({@link #sizeFor}), so that the length of a sealed
 * ballot says nothing about what is in it (not how many candidates were picked, nor which answers were given).
 */
record SealedBallot(long groupId, String receipt, List<Marks.Mark> marks) {

    private static final int BLOCK = 512;
    /** {"g":…,"r":"…","m":[]} with a group id of up to 20 characters and an 8-character receipt, with room to spare. */
    private static final int OVERHEAD = 64;
    /**
     * One mark at its longest: [question id (≤ 20), "key" (≤ 2 + 27: "person:" or "option:" and an id, or a scale
     * answer), score (≤ 24: an int-range score with two decimals, in any notation)], and its comma.
     */
    private static final int MARK = 1 + 20 + 1 + 29 + 1 + 24 + 1 + 1;

    /**
     * The padded size of every paper of this ballot: the longest paper it could take (each question with the most
     * marks it allows), rounded up to whole blocks. It depends only on the ballot, never on a voter's answers.
     */
    static int sizeFor(BallotDefinition ballot) {
        long bound = OVERHEAD;
        for (BallotDefinition.Question q : ballot.questions()) {
            long marks = switch (q.kind()) {
                case CHOICE, RATING -> 1;
                case PICK -> q.maxPicks() == null ? q.options().size() : q.maxPicks();
                case SCORE, RANK -> q.options().size();
            };
            bound += marks * MARK;
        }
        return Math.toIntExact((bound / BLOCK + 1) * BLOCK);
    }

    /** The paper as bytes of exactly {@code size} (its ballot's {@link #sizeFor}). */
    byte[] toBytes(JsonMapper json, int size) {
        ObjectNode node = json.createObjectNode();
        node.put("g", groupId);
        node.put("r", receipt);
        ArrayNode array = node.putArray("m");
        for (Marks.Mark mark : marks) {
            ArrayNode m = array.addArray();
            m.add(mark.questionId());
            m.add(mark.key());
            if (mark.score() != null) {
                m.add(mark.score());
            }
        }
        byte[] content = json.writeValueAsBytes(node);
        if (content.length > size) {
            // cannot happen for a paper Marks accepted; sealing it longer would set it apart from the others
            throw new IllegalStateException("a paper of " + content.length + " bytes exceeds its ballot's " + size);
        }
        byte[] bytes = Arrays.copyOf(content, size);
        Arrays.fill(bytes, content.length, size, (byte) ' ');
        return bytes;
    }

    static SealedBallot fromBytes(byte[] bytes, JsonMapper json) {
        JsonNode node = json.readTree(new String(bytes, StandardCharsets.UTF_8).strip());
        List<Marks.Mark> marks = new ArrayList<>();
        for (JsonNode m : node.get("m")) {
            BigDecimal score = m.size() > 2 ? m.get(2).decimalValue() : null;
            marks.add(new Marks.Mark(m.get(0).asLong(), m.get(1).asString(), score));
        }
        return new SealedBallot(node.get("g").asLong(), node.get("r").asString(), marks);
    }
}
