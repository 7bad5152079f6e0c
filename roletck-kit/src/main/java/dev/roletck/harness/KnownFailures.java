package dev.roletck.harness;

import dev.roletck.i18n.Message;
import dev.roletck.i18n.Phrase;

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
        for (Node item : y.topList(root).getValue()) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple t : y.entry(item).getValue()) {
                String key = y.key(t.getKeyNode());
                if (!Set.of("case", "cell", "rule", "reason", "link", "expires").contains(key)) {
                    throw y.error(t.getKeyNode(), Message.of("message.input.unknown_key", "key", key),
                            Message.of("message.input.fix.one_of", "choices", "case, cell, rule, reason, link, expires"));
                }
                fields.put(key, t.getValueNode());
            }
            List<CasePatterns.Kind> kinds = java.util.Arrays.stream(CasePatterns.Kind.values()).filter(k -> fields.containsKey(k.key())).toList();
            if (kinds.size() != 1) {
                throw y.error(item, Message.of("message.known_failures.what", "names", kinds.isEmpty() ? "none" : "several"),
                        Message.of("message.known_failures.fix.entry"));
            }
            for (String required : new String[] {"reason", "expires"}) {
                if (!fields.containsKey(required)) {
                    throw y.error(item, Message.of("message.input.missing_key", "key", required), Message.of("message.known_failures.fix.entry"));
                }
            }
            CasePatterns.Kind kind = kinds.get(0);
            Node caseNode = fields.get(kind.key());
            String pattern = y.scalar(caseNode, kind.key());
            List<String> matched = CasePatterns.matching(kind, pattern, cases);
            if (matched.isEmpty()) {
                List<String> near = CasePatterns.near(kind, pattern, cases);
                throw y.error(caseNode, Message.of("message.known_failures.no_case", "kind", kind.key(), "pattern", pattern),
                        near.isEmpty() ? Message.of("message.known_failures.fix.copy_id")
                                : Message.of("message.input.fix.did_you_mean", "suggestions", String.join(", ", near)));
            }
            if (!patterns.add(kind.key() + ":" + pattern) || (kind == CasePatterns.Kind.CASE && !CasePatterns.isGlob(pattern)
                    && entries.containsKey(pattern) && entries.get(pattern).caseId().equals(pattern))) {
                throw y.error(caseNode, Message.of("message.input.listed_twice", "id", pattern), Message.of("message.input.fix.remove_one"));
            }
            Node expiresNode = fields.get("expires");
            LocalDate expires;
            String date = y.scalar(expiresNode, "expires");
            try {
                expires = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw y.error(expiresNode, Message.of("message.input.not_a_date", "value", date), Message.of("message.input.fix.date_form"));
            }
            String reason = y.scalar(fields.get("reason"), "reason");
            Optional<String> link = fields.containsKey("link")
                    ? Optional.of(y.scalar(fields.get("link"), "link")) : Optional.empty();
            String entry = kind == CasePatterns.Kind.CASE && !CasePatterns.isGlob(pattern) ? pattern : kind.key() + ": " + pattern;
            for (String id : matched) {
                entries.putIfAbsent(id, new KnownFailure(entry, reason, link, expires, y.at(item)));
            }
        }
        return new KnownFailures(entries);
    }
}
