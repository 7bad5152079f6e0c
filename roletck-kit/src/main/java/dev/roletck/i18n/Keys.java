package dev.roletck.i18n;

import dev.roletck.model.Access;
import dev.roletck.model.Basis;
import dev.roletck.model.Capability;
import dev.roletck.model.Confidence;
import dev.roletck.model.Id;
import dev.roletck.model.Ids;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RuleId;
import dev.roletck.model.RuleStatus;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key scheme of the catalog: {@code role.<id>} (and {@code role.<id>@external}),
 * {@code capability.<table>.<id>}, {@code relation.<id>}, {@code access.<id>}, {@code scope.<id>},
 * {@code table.<id>}, {@code rule.<Rnn>}, {@code column.<id>}, {@code basis.<id>}, {@code confidence.<id>},
 * {@code status.<id>}, {@code verdict.<id>} and {@code message.<dotted.name>}.
 */
public final class Keys {
    private Keys() {}

    /** The columns of the administrator-list CSV export (RULINGS §1, READING table F). */
    public static final List<String> COLUMNS =
            List.of("first_name", "last_name", "display_name", "user_id_email", "admin_roles", "name");

    /** The qualifier of a role held by an administrator of another organization. */
    public static final String EXTERNAL = "external";

    /** The kinds of key, in the order the catalog lists them. */
    public static final List<String> KINDS = List.of("role", "capability", "relation", "access", "scope", "table",
            "rule", "column", "basis", "confidence", "status", "verdict", "message");

    private static final Map<String, Function<String, Optional<? extends Id>>> SIMPLE = Map.of(
            "role", Role::fromId, "relation", Relation::fromId, "access", Access::fromId,
            "scope", Scope::fromId, "table", Table::fromId, "rule", RuleId::fromId,
            "basis", Basis::fromId, "confidence", Confidence::fromId, "status", RuleStatus::fromId,
            "verdict", Verdict::fromId);
    private static final Map<String, String> IDS = Map.of(
            "role", Ids.list(Role.class), "relation", Ids.list(Relation.class), "access", Ids.list(Access.class),
            "scope", Ids.list(Scope.class), "table", Ids.list(Table.class), "rule", "R01 … R52",
            "basis", Ids.list(Basis.class), "confidence", Ids.list(Confidence.class),
            "status", Ids.list(RuleStatus.class), "verdict", Ids.list(Verdict.class));
    private static final Pattern MESSAGE = Pattern.compile("message(\\.[a-z0-9_]+)+");
    private static final Pattern CAPABILITY = Pattern.compile("capability\\.([a-z0-9_]+)\\.([a-z0-9_]+)");

    /** The key of a value of the model, e.g. {@code capability.webex_site_roles.licenses} for {@code SITE_LICENSES}. */
    public static String of(Id value) {
        if (value instanceof Capability c) return "capability." + c.table().id() + "." + c.id();
        String kind = value instanceof Role ? "role"
                : value instanceof Relation ? "relation"
                : value instanceof Access ? "access"
                : value instanceof Scope ? "scope"
                : value instanceof Table ? "table"
                : value instanceof RuleId ? "rule"
                : value instanceof Basis ? "basis"
                : value instanceof Confidence ? "confidence"
                : value instanceof RuleStatus ? "status"
                : value instanceof Verdict ? "verdict"
                : null;
        if (kind == null) {
            throw new IllegalArgumentException("the catalog has no labels for " + value.getClass().getSimpleName()
                    + " values — label one of " + String.join(", ", KINDS.subList(0, KINDS.size() - 1)));
        }
        return kind + "." + value.id();
    }

    /** The key of a CSV export column, e.g. {@code column.user_id_email}. */
    public static String column(String id) {
        if (!COLUMNS.contains(id)) {
            throw new IllegalArgumentException("unknown CSV column \"" + id + "\" — use one of " + String.join(", ", COLUMNS));
        }
        return "column." + id;
    }

    /** Every key the matrices, rules and CSV exports use: each must have a label in every language. */
    public static List<String> required() {
        List<String> keys = new ArrayList<>();
        for (Role r : Role.values()) keys.add(of(r));
        keys.add(of(Role.FULL_ADMIN) + "@" + EXTERNAL);
        keys.add(of(Role.READ_ONLY_ADMIN) + "@" + EXTERNAL);
        for (Capability c : Capability.values()) keys.add(of(c));
        for (Id[] values : new Id[][] {Relation.values(), Access.values(), Scope.values(), Table.values(),
                RuleId.values(), Basis.values(), Confidence.values(), RuleStatus.values(), Verdict.values()}) {
            for (Id v : values) keys.add(of(v));
        }
        for (String c : COLUMNS) keys.add(column(c));
        return List.copyOf(keys);
    }

    /** The kind of a key: the part before the first dot. */
    static String kindOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The id a key names: after the last dot (first dot for basis ids), without an {@code @} qualifier. */
    static String idOf(String key) {
        String k = key.indexOf('@') < 0 ? key : key.substring(0, key.indexOf('@'));
        if (k.startsWith("message.")) return k;
        return k.startsWith("capability.") ? k.substring(k.lastIndexOf('.') + 1) : k.substring(k.indexOf('.') + 1);
    }

    /** Why a key is not well formed, or empty when it is. */
    static Optional<String> problem(String key) {
        String kind = kindOf(key);
        if (kind.equals("message")) {
            return MESSAGE.matcher(key).matches() ? Optional.empty()
                    : Optional.of("message key \"" + key + "\" is not dotted lower-case words — write e.g. message.verify.summary");
        }
        if (kind.equals("capability")) {
            Matcher m = CAPABILITY.matcher(key);
            if (!m.matches()) {
                return Optional.of("capability key \"" + key + "\" names no table — write capability.<table>.<id>");
            }
            Optional<Table> table = Table.fromId(m.group(1));
            if (table.isEmpty()) {
                return Optional.of("unknown table \"" + m.group(1) + "\" in \"" + key + "\" — use one of " + Ids.list(Table.class));
            }
            if (Capability.of(table.get(), m.group(2)).isEmpty()) {
                return Optional.of("table " + table.get().id() + " has no capability \"" + m.group(2) + "\" — use one of "
                        + String.join(", ", table.get().capabilities().stream().map(Capability::id).toList()));
            }
            return Optional.empty();
        }
        if (kind.equals("column")) {
            String id = key.substring(key.indexOf('.') + 1);
            return key.contains(".") && COLUMNS.contains(id) ? Optional.empty()
                    : Optional.of("unknown CSV column \"" + id + "\" — use one of " + String.join(", ", COLUMNS));
        }
        Function<String, Optional<? extends Id>> lookup = SIMPLE.get(kind);
        if (lookup == null || !key.contains(".")) {
            return Optional.of("unknown key \"" + key + "\" — keys are role.<id>, capability.<table>.<id>, relation.<id>, "
                    + "access.<id>, scope.<id>, table.<id>, rule.<Rnn>, column.<id>, basis.<id>, confidence.<id>, "
                    + "status.<id>, verdict.<id> or message.<name>");
        }
        String rest = key.substring(key.indexOf('.') + 1);
        int at = rest.indexOf('@');
        String id = at < 0 ? rest : rest.substring(0, at);
        if (at >= 0 && !(kind.equals("role") && rest.substring(at + 1).equals(EXTERNAL))) {
            return Optional.of("\"" + key + "\": only role keys take a qualifier — write role.<id>@" + EXTERNAL);
        }
        if (lookup.apply(id).isEmpty()) {
            return Optional.of("unknown " + kind + " id \"" + id + "\" — use one of " + IDS.get(kind));
        }
        return Optional.empty();
    }
}
