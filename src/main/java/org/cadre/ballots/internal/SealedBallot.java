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
 * The content of one secret ballot while its ballot is open: its box (group), its receipt and its marks. Padded to
 * a whole number of blocks before sealing, so that the length of a sealed ballot says nothing about what is in it.
 */
record SealedBallot(long groupId, String receipt, List<Marks.Mark> marks) {

    private static final int BLOCK = 512;

    byte[] toBytes(JsonMapper json) {
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
        int padded = ((content.length / BLOCK) + 1) * BLOCK;
        byte[] bytes = Arrays.copyOf(content, padded);
        Arrays.fill(bytes, content.length, padded, (byte) ' ');
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
