package dev.roletck.harness;

import dev.roletck.i18n.Message;
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
            throw UsageException.of("message.profile.tables_outside", java.util.Map.of(
                    "groups", String.join(", ", ruleGroups().stream().map(Group::id).toList())));
        }
        return new Profile(name.or(other::name), both);
    }

    public static Profile read(Path file) {
        YamlInput[] in = new YamlInput[1];
        Node root = YamlInput.read(file, in);
        YamlInput y = in[0];
        MappingNode map = y.top(root);
        Optional<String> name = Optional.empty();
        Set<Group> groups = null;
        for (NodeTuple t : map.getValue()) {
            String key = y.key(t.getKeyNode());
            switch (key) {
                case "name" -> name = Optional.of(y.scalar(t.getValueNode(), "name"));
                case "implements" -> {
                    groups = new LinkedHashSet<>();
                    for (Node item : y.sequence(t.getValueNode(), "implements").getValue()) {
                        String id = y.scalar(item, "implements");
                        Group group = Group.fromId(id).orElseThrow(() -> y.error(item,
                                Message.of("message.input.unknown_id", "kind", "group", "id", id),
                                Message.of("message.input.fix.one_of", "choices", allIds())));
                        if (!groups.add(group)) {
                            throw y.error(item, Message.of("message.input.listed_twice", "id", id), Message.of("message.input.fix.remove_one"));
                        }
                    }
                    if (groups.stream().noneMatch(Group::isRuleGroup)) {
                        throw y.error(t.getValueNode(), Message.of("message.profile.no_rule_group"), Message.of("message.profile.fix.list_a_group",
                                "groups", String.join(", ", Group.ruleGroups().stream().map(Group::id).toList())));
                    }
                }
                default -> throw y.error(t.getKeyNode(), Message.of("message.input.unknown_key", "key", key),
                        Message.of("message.input.fix.one_of", "choices", "name, implements"));
            }
        }
        if (groups == null) {
            throw y.error(root, Message.of("message.input.missing_key", "key", "implements"), Message.of("message.profile.fix.list_groups"));
        }
        return listing(name, groups);
    }
}
