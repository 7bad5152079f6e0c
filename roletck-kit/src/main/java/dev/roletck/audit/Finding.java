package dev.roletck.audit;

import dev.roletck.model.RuleId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One thing the audit found: where (line and column of the file, none for the whole list), whose
 * row, which rule, and the arguments of its catalog message. The reader's words come from the
 * catalog when the finding is shown ({@link AuditReport}).
 *
 * @param line   the line the row starts on, counted from 1; empty for a finding about the whole list
 * @param column the character column of the field, counted from 1 (0 with no line)
 * @param user   the user ID/e-mail of the row, or its name where the ID is blank; empty for the whole list
 * @param args   the arguments of {@link Kind#messageKey()}: strings, numbers, model ids and lists of them
 */
public record Finding(Kind kind, OptionalLong line, int column, String user, Map<String, Object> args) {

    public Finding {
        args = Map.copyOf(args);
    }

    public Severity severity() {
        return kind.severity();
    }

    /** How much a finding weighs: the exit code follows the heaviest. */
    public enum Severity {
        /** Advice, or something worth a look; the exit code stays 0. */
        WARNING("warning"),
        /** The list breaks a rule the kit enforces; exit code 1. */
        VIOLATION("violation"),
        /** A row that cannot be read; the others are still audited; exit code 2. */
        ERROR("error");

        private final String id;

        Severity(String id) { this.id = id; }

        public String id() { return id; }
    }

    /** Every kind of finding, with its rule, its weight, the seed lines it rests on and its message. */
    public enum Kind {
        /** R03: fewer than two full administrators of the organization itself. */
        FEW_FULL_ADMINS(RuleId.R03, Severity.WARNING, "message.advisory.full_admins",
                List.of("002_eb43fb2dbe00fd3d.txt:5", "004_56a03cdc9c18ca52.txt:1")),
        /** R23 as RULINGS §4.5 reads it: contact_center_service_admin, full_admin and read_only_admin exclude one another. */
        EXCLUSIVE_ROLES(RuleId.R23, Severity.VIOLATION, "message.audit.exclusive",
                List.of("001_c4461c6f41d4b583.txt:123")),
        /** R50: the export lists each administrator once, by a unique ID (the seeds' description of the user ID column). */
        DUPLICATE_USER(RuleId.R50, Severity.VIOLATION, "message.audit.duplicate",
                List.of("002_eb43fb2dbe00fd3d.txt:62", "004_56a03cdc9c18ca52.txt:65")),
        /** R07: role names are shown in the language of the export; one of another language was mixed in. */
        OTHER_LANGUAGE(RuleId.R07, Severity.WARNING, "message.audit.other_language",
                List.of("004_56a03cdc9c18ca52.txt:20")),
        /** R07, R50: "None" in an export of the Administrators tab (five-column layout) lists someone who is no administrator. */
        NONE_ROW(RuleId.R07, Severity.WARNING, "message.audit.none_row",
                List.of("004_56a03cdc9c18ca52.txt:20", "002_eb43fb2dbe00fd3d.txt:74")),
        /** R07: a role name the catalog does not know, or that names several roles. */
        UNKNOWN_ROLE(RuleId.R07, Severity.ERROR, "message.audit.unknown_role",
                List.of("004_56a03cdc9c18ca52.txt:20")),
        /** R07: an empty role cell (the export writes the roles, or "None"). */
        EMPTY_ROLES(RuleId.R07, Severity.ERROR, "message.audit.empty_roles",
                List.of("004_56a03cdc9c18ca52.txt:20")),
        /** R07: "None" together with role names. */
        NONE_WITH_ROLES(RuleId.R07, Severity.ERROR, "message.audit.none_with_roles",
                List.of("004_56a03cdc9c18ca52.txt:20")),
        /** R50: a row with more or fewer fields than the header. */
        RAGGED_ROW(RuleId.R50, Severity.ERROR, "message.audit.ragged",
                List.of("002_eb43fb2dbe00fd3d.txt:44", "004_56a03cdc9c18ca52.txt:55")),
        /** R50: text after a closing quote, so that the row's fields cannot be told apart for certain. */
        AFTER_QUOTE(RuleId.R50, Severity.ERROR, "message.audit.after_quote",
                List.of("002_eb43fb2dbe00fd3d.txt:44", "004_56a03cdc9c18ca52.txt:55"));

        private final RuleId rule;
        private final Severity severity;
        private final String messageKey;
        private final List<String> seeds;

        Kind(RuleId rule, Severity severity, String messageKey, List<String> seeds) {
            this.rule = rule;
            this.severity = severity;
            this.messageKey = messageKey;
            this.seeds = seeds;
        }

        public RuleId rule() { return rule; }

        public Severity severity() { return severity; }

        /** The catalog message that states the finding. */
        public String messageKey() { return messageKey; }

        /** The seed lines (file:line) the rule is quoted from. */
        public List<String> seeds() { return seeds; }

        /** The id used in JSON and HTML: {@code few_full_admins}. */
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
