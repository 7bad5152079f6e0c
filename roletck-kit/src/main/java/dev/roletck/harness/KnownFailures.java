package dev.roletck.harness;

import dev.roletck.suite.KnownFailure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A known-failures file: a list of entries, each naming a case expected to fail.
 *
 * <pre>
 * - case: organization_roles/device_management/device_admin/customer
 *   reason: device admins are read-only in our product
 *   link: https://tracker.example/ISSUE-12
 *   expires: 2026-06-30
 * </pre>
 */
public record KnownFailures(Map<String, KnownFailure> byCase) {
    public static final KnownFailures NONE = new KnownFailures(Map.of());

    public KnownFailures {
        byCase = Map.copyOf(byCase);
    }

    public Optional<KnownFailure> entry(String caseId) { return Optional.ofNullable(byCase.get(caseId)); }

    /** Reads the file; every entry must name a case of {@code knownCases}. */
    public static KnownFailures read(Path file, Set<String> knownCases) {
        YamlInput[] in = new YamlInput[1];
        Node root = YamlInput.read(file, in);
        YamlInput y = in[0];
        Map<String, KnownFailure> entries = new LinkedHashMap<>();
        for (Node item : y.sequence(root, "a list of known failures").getValue()) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple t : y.mapping(item, "an entry with case, reason, link and expires").getValue()) {
                String key = y.scalar(t.getKeyNode(), "a key");
                if (!Set.of("case", "reason", "link", "expires").contains(key)) {
                    throw y.error(t.getKeyNode(), "unknown key '" + key + "' — an entry has case, reason, link and expires");
                }
                fields.put(key, t.getValueNode());
            }
            for (String required : new String[] {"case", "reason", "link", "expires"}) {
                if (!fields.containsKey(required)) throw y.error(item, "the entry lacks '" + required + "' — every entry has case, reason, link and expires");
            }
            Node caseNode = fields.get("case");
            String caseId = y.scalar(caseNode, "a case id");
            if (!knownCases.contains(caseId)) {
                throw y.error(caseNode, "no case has the id '" + caseId + "' — copy the id from a report");
            }
            if (entries.containsKey(caseId)) throw y.error(caseNode, "case '" + caseId + "' is listed twice — keep one entry");
            Node expiresNode = fields.get("expires");
            LocalDate expires;
            try {
                expires = LocalDate.parse(y.scalar(expiresNode, "a date yyyy-mm-dd"));
            } catch (DateTimeParseException e) {
                throw y.error(expiresNode, "'" + y.scalar(expiresNode, "a date") + "' is not a date — write yyyy-mm-dd");
            }
            entries.put(caseId, new KnownFailure(caseId, y.scalar(fields.get("reason"), "the reason"),
                    y.scalar(fields.get("link"), "a link to where it is tracked"), expires, y.at(item)));
        }
        return new KnownFailures(entries);
    }
}
