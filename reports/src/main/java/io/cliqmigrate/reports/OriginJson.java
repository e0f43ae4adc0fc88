package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.engine.Shard;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON report's {@code repository}, {@code shard} and {@code parts} fields ({@link ScanResult.Origin}), each
 * written only when known, so a plain scan's report is unchanged.
 */
final class OriginJson {
    private OriginJson() {}

    static void write(ScanResult.Origin origin, ObjectNode root) {
        if (origin.repository() != null) {
            root.put("repository", origin.repository());
        }
        if (origin.shard() != null) {
            shard(origin.shard(), root);
        }
        if (!origin.parts().isEmpty()) {
            var parts = root.putArray("parts");
            for (ScanResult.Part p : origin.parts()) {
                ObjectNode n = parts.addObject();
                n.put("repository", p.repository());
                if (p.shard() != null) {
                    shard(p.shard(), n);
                }
                if (p.commit() != null) {
                    n.put("commit", p.commit());
                }
                n.put("filesScanned", p.stats().filesScanned());
                n.put("filesCandidates", p.stats().filesCandidates());
                n.put("filesParsed", p.stats().filesParsed());
                n.put("ignored", p.stats().ignored());
            }
        }
    }

    private static void shard(Shard shard, ObjectNode parent) {
        parent.putObject("shard").put("index", shard.index()).put("count", shard.count());
    }

    static ScanResult.Origin read(JsonNode root) {
        List<ScanResult.Part> parts = new ArrayList<>();
        root.path("parts").forEach(n -> parts.add(new ScanResult.Part(n.path("repository").asText(), shard(n),
                n.path("commit").asText(null), new ScanResult.Stats(n.path("filesScanned").asInt(),
                n.path("filesCandidates").asInt(), n.path("filesParsed").asInt(), n.path("ignored").asInt()))));
        return new ScanResult.Origin(root.path("repository").asText(null), shard(root), parts);
    }

    private static Shard shard(JsonNode parent) {
        JsonNode n = parent.get("shard");
        return n == null ? null : new Shard(n.path("index").asInt(), n.path("count").asInt());
    }
}
