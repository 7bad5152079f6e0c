package dev.roletck.harness;

import dev.roletck.matrix.Group;
import dev.roletck.suite.ConformanceCase;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The rule groups an implementation claims to implement: some of the six table ids and
 * {@code assignment}. Cases of other groups are reported as not run, never as passed. The two
 * checks, {@code generated} and {@code fail_closed}, run over the groups implemented; a list that
 * names neither keeps both, one that names one of them keeps that one only.
 *
 * <pre>
 * name: my-policy            # optional
 * implements: [organization_roles, webex_site_roles, assignment]
 * </pre>
 */
public record Profile(Optional<String> name, Set<Group> groups) {
    public static final Profile EVERYTHING = new Profile(Optional.empty(), EnumSet.allOf(Group.class));

    public Profile {
        groups = Set.copyOf(groups);
    }

    /** The groups as listed: both checks added when the list names neither. */
    static Profile listing(Optional<String> name, Set<Group> listed) {
        Set<Group> groups = EnumSet.noneOf(Group.class);
        groups.addAll(listed);
        if (listed.stream().allMatch(Group::isRuleGroup)) groups.addAll(Group.checks());
        return new Profile(name, groups);
    }

    public boolean includes(Group group) { return groups.contains(group); }

    /** Whether the case runs: the implementation takes part in every group it requires. */
    public boolean includes(ConformanceCase c) { return groups.containsAll(c.requires()); }

    /** Why a case does not run, naming the groups it requires that this profile lacks. */
    public dev.roletck.i18n.Phrase whyNot(ConformanceCase c) {
        List<String> missing = c.requires().stream().filter(g -> !groups.contains(g)).sorted().map(Group::id).toList();
        return dev.roletck.i18n.Phrase.of(dev.roletck.i18n.Phrase.Kind.NOT_IN_PROFILE, "count", missing.size(), "groups", missing);
    }

    /** The rule groups (not the checks) included, in order. */
    public List<Group> ruleGroups() { return Group.ruleGroups().stream().filter(groups::contains).toList(); }

    /** The ids of every rule group, for messages. */
    static String allIds() {
        return String.join(", ", java.util.Arrays.stream(Group.values()).map(Group::id).toList());
    }

    /** The groups named on the command line ({@code --tables}); an error for an unknown one. */
    public static Profile ofGroups(List<String> ids, String option) {
        Set<Group> groups = new LinkedHashSet<>();
        for (String id : ids) {
            groups.add(Group.fromId(id).orElseThrow(() -> UsageException.of("message.cli.unknown_group",
                    java.util.Map.of("option", option, "id", id, "groups", allIds()))));
        }
        return listing(Optional.empty(), groups);
    }

    /** The groups both profiles include. */
    public Profile intersect(Profile other) {
        Set<Group> both = groups.stream().filter(other::includes).collect(Collectors.toSet());
        if (both.stream().noneMatch(Group::isRuleGroup)) {
            throw new UsageException("--tables names no rule group of the profile, so the run would check nothing — "
                    + "name some of " + String.join(", ", ruleGroups().stream().map(Group::id).toList()));
        }
        return new Profile(name.or(other::name), both);
    }

    public static Profile read(Path file) {
        YamlInput[] in = new YamlInput[1];
        Node root = YamlInput.read(file, in);
        YamlInput y = in[0];
        MappingNode map = y.mapping(root, "a profile with the key 'implements'");
        Optional<String> name = Optional.empty();
        Set<Group> groups = null;
        for (NodeTuple t : map.getValue()) {
            String key = y.scalar(t.getKeyNode(), "a key");
            switch (key) {
                case "name" -> name = Optional.of(y.scalar(t.getValueNode(), "the implementation's name"));
                case "implements" -> {
                    groups = new LinkedHashSet<>();
                    for (Node item : y.sequence(t.getValueNode(), "the list of rule groups implemented").getValue()) {
                        String id = y.scalar(item, "a rule group id");
                        Group group = Group.fromId(id).orElseThrow(() -> y.error(item,
                                "unknown rule group '" + id + "' — use one of " + allIds()));
                        if (!groups.add(group)) throw y.error(item, "rule group '" + id + "' is listed twice — remove one");
                    }
                    if (groups.stream().noneMatch(Group::isRuleGroup)) {
                        throw y.error(t.getValueNode(), "'implements' names no rule group, so the run would check nothing — "
                                + "list at least one of " + String.join(", ", Group.ruleGroups().stream().map(Group::id).toList()));
                    }
                }
                default -> throw y.error(t.getKeyNode(), "unknown key '" + key + "' — a profile has 'name' and 'implements'");
            }
        }
        if (groups == null) throw y.error(root, "the profile lacks 'implements' — list the rule groups implemented");
        return listing(name, groups);
    }
}
