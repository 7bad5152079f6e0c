package dev.roletck.harness;

import dev.roletck.i18n.Phrase;

import dev.roletck.i18n.Catalog;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.KnownFailure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A known-failures file: a list of entries, each naming cases expected to fail — one case, a glob of
 * case ids, every case resting on one matrix cell, or every case of one rule. {@code link} is optional.
 *
 * <pre>
 * - case: organization_roles/device_management/device_admin/customer
 *   reason: device admins are read-only in our product
 *   link: https://tracker.example/ISSUE-12
 *   expires: 2026-06-30
 * - cell: organization_roles/device_management/device_admin/*
 *   reason: the same bug, in every case that rests on the cell
 *   expires: 2026-06-30
 * </pre>
 */
public record KnownFailures(Map<String, KnownFailure> byCase) {
    public static final KnownFailures NONE = new KnownFailures(Map.of());

    public KnownFailures {
        byCase = Map.copyOf(byCase);
    }

    public Optional<KnownFailure> entry(String caseId) { return Optional.ofNullable(byCase.get(caseId)); }

    /**
     * The results with every pattern entry (glob, cell, rule) checked as a whole: an entry none of
     * whose cases failed is stale, and its cases that ran are reported as unexpected passes naming it.
     */
    public List<CaseResult> staleEntries(List<CaseResult> settled) {
        Map<String, Boolean> failing = new LinkedHashMap<>();
        for (KnownFailure k : byCase.values()) if (k.pattern()) failing.put(k.where(), false);
        if (failing.isEmpty()) return settled;
        for (CaseResult r : settled) {
            Optional<KnownFailure> k = r.knownFailure().filter(KnownFailure::pattern);
            if (k.isPresent() && r.outcome() != CaseResult.Outcome.PASSED && r.outcome() != CaseResult.Outcome.NOT_RUN) {
                failing.put(k.get().where(), true);
            }
        }
        List<CaseResult> out = new ArrayList<>(settled.size());
        for (CaseResult r : settled) {
            KnownFailure k = entry(r.id()).orElse(null);
            if (k != null && k.pattern() && r.passed() && !failing.getOrDefault(k.where(), true)) {
                out.add(r.settled(CaseResult.Outcome.UNEXPECTED_PASS, Optional.of(Phrase.of(Phrase.Kind.KNOWN_PATTERN_PASSED,
                        "where", String.valueOf(k.where()), "entry", k.caseId())), k));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** Reads the file against case ids only: every entry must be a {@code case:} id or glob naming one of {@code knownCases}. */
    public static KnownFailures read(Path file, Set<String> knownCases) {
        return readTargets(file, knownCases.stream().sorted().map(CasePatterns.Target::ofId).toList());
    }

    /**
     * Reads the file; every entry must name at least one of {@code cases} — by {@code case} (an id or
     * a glob), {@code cell} or {@code rule} — and an entry that names nothing suggests the near ids.
     * A case named by several entries takes the first.
     */
    public static KnownFailures read(Path file, Collection<? extends ConformanceCase> cases) {
        return readTargets(file, cases.stream().map(CasePatterns.Target::of).toList());
    }

    private static KnownFailures readTargets(Path file, List<CasePatterns.Target> cases) {
        YamlInput[] in = new YamlInput[1];
        Node root = YamlInput.read(file, in);
        YamlInput y = in[0];
        Map<String, KnownFailure> entries = new LinkedHashMap<>();
        Set<String> patterns = new java.util.HashSet<>();
        for (Node item : y.sequence(root, "a list of known failures").getValue()) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple t : y.mapping(item, "an entry with case (or cell, or rule), reason, link and expires").getValue()) {
                String key = y.scalar(t.getKeyNode(), "a key");
                if (!Set.of("case", "cell", "rule", "reason", "link", "expires").contains(key)) {
                    throw y.error(t.getKeyNode(), "unknown key '" + key + "' — an entry has case (or cell, or rule), reason, link (optional) and expires");
                }
                fields.put(key, t.getValueNode());
            }
            List<CasePatterns.Kind> kinds = java.util.Arrays.stream(CasePatterns.Kind.values()).filter(k -> fields.containsKey(k.key())).toList();
            if (kinds.size() != 1) throw y.error(item, "the entry lacks 'case' — every entry has case (or cell: or rule:), reason and expires");
            for (String required : new String[] {"reason", "expires"}) {
                if (!fields.containsKey(required)) throw y.error(item, "the entry lacks '" + required + "' — every entry has case, reason and expires (link is optional)");
            }
            CasePatterns.Kind kind = kinds.get(0);
            Node caseNode = fields.get(kind.key());
            String pattern = y.scalar(caseNode, "a case id");
            List<String> matched = CasePatterns.matching(kind, pattern, cases);
            if (matched.isEmpty()) {
                List<String> near = CasePatterns.near(kind, pattern, cases);
                throw y.error(caseNode, Catalog.standard().format("message.known_failures.no_match", Map.of("kind", kind.key(),
                        "pattern", pattern, "suggested", near.isEmpty() ? "no" : "yes", "suggestions", String.join(", ", near)),
                        Locale.getDefault()));
            }
            if (!patterns.add(kind.key() + ":" + pattern) || (kind == CasePatterns.Kind.CASE && !CasePatterns.isGlob(pattern)
                    && entries.containsKey(pattern) && entries.get(pattern).caseId().equals(pattern))) {
                throw y.error(caseNode, "case '" + pattern + "' is listed twice — keep one entry");
            }
            Node expiresNode = fields.get("expires");
            LocalDate expires;
            try {
                expires = LocalDate.parse(y.scalar(expiresNode, "a date yyyy-mm-dd"));
            } catch (DateTimeParseException e) {
                throw y.error(expiresNode, "'" + y.scalar(expiresNode, "a date") + "' is not a date — write yyyy-mm-dd");
            }
            String reason = y.scalar(fields.get("reason"), "the reason");
            Optional<String> link = fields.containsKey("link")
                    ? Optional.of(y.scalar(fields.get("link"), "a link to where it is tracked")) : Optional.empty();
            String entry = kind == CasePatterns.Kind.CASE && !CasePatterns.isGlob(pattern) ? pattern : kind.key() + ": " + pattern;
            for (String id : matched) {
                entries.putIfAbsent(id, new KnownFailure(entry, reason, link, expires, y.at(item)));
            }
        }
        return new KnownFailures(entries);
    }
}
