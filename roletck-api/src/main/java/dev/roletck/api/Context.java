package dev.roletck.api;

import dev.roletck.model.CcLicense;
import dev.roletck.model.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * Optional facts an access request may carry. Only {@code cc_license} exists, and only for the
 * contact_center table (R22, RULINGS §4.4); carrying it on another table is a bad request.
 */
public record Context(Optional<CcLicense> ccLicense) {
    public static final Context EMPTY = new Context(Optional.empty());

    public Context {
        Objects.requireNonNull(ccLicense, "ccLicense");
    }

    public static Context ccLicense(CcLicense license) {
        return new Context(Optional.of(license));
    }

    /** The licence to decide with: none when the request says nothing. */
    public CcLicense ccLicenseOrNone() {
        return ccLicense.orElse(CcLicense.NONE);
    }

    /** Whether every key this context carries applies to {@code table}. */
    public boolean appliesTo(Table table) {
        return ccLicense.isEmpty() || table == Table.CONTACT_CENTER;
    }
}
