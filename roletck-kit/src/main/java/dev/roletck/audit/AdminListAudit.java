package dev.roletck.audit;

import dev.roletck.i18n.Catalog;
import dev.roletck.model.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Audits an administrator-list export (R50, READING table F) in one pass: each row's roles are read
 * through the catalog and checked (R23 exclusivity, duplicates, "None" rows, names of another
 * language, unreadable cells); at the end, R03 counts the organization's own full administrators.
 * A row that cannot be read is reported and the audit goes on. Memory stays constant but for the
 * duplicate check, which keeps a 64-bit fingerprint and a line number per distinct user ID
 * (about 24 MB for a million users).
 */
public final class AdminListAudit {
    private AdminListAudit() {}

    /**
     * The largest export read: 1 GiB, some fifteen million administrators. The file is streamed
     * (memory stays constant), so this bound lies far above the 16 MB of a spec file; a larger file,
     * or anything that is not a regular file (a FIFO, a device, a link to one), is refused unread.
     */
    public static final long MAX_BYTES = 1L << 30;

    /** What the audit tells as it reads. */
    public interface Listener {
        /** The header was read: layout, language and delimiter. */
        void started(Export export);

        void finding(Finding finding);
    }

    /**
     * The counts of an audit.
     *
     * @param fullAdmins the rows holding full_admin as the organization's own administrator (not external)
     */
    public record Summary(long rows, long warnings, long violations, long errors, long fullAdmins) {
        /** 0 clean (warnings allowed), 1 a violation, 2 a row that could not be read. */
        public int exitCode() {
            return errors > 0 ? 2 : violations > 0 ? 1 : 0;
        }
    }

    /** The roles of which a user may hold only one (R23 as RULINGS §4.5 reads it). */
    static final List<Role> EXCLUSIVE = List.of(Role.CONTACT_CENTER_SERVICE_ADMIN, Role.FULL_ADMIN, Role.READ_ONLY_ADMIN);

    /**
     * Audits a file.
     *
     * @param shown the file's name as messages show it
     * @param ui    the language of the messages (arguments chosen here are shown in it)
     * @throws AuditException when the file cannot be read at all (one localized line)
     */
    public static Summary run(Path file, String shown, Catalog catalog, Locale ui, Listener listener) throws AuditException {
        try (AdminListReader reader = AdminListReader.open(file, shown, catalog, ui)) {
            Export export = reader.export();
            listener.started(export);
            AuditChecks checker = new AuditChecks(export, new RoleNames(catalog, export.language()), listener);
            for (Optional<AdminListReader.Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                checker.row(row.get());
            }
            return checker.finish();
        }
    }
}
