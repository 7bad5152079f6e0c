package dev.roletck.api;

import dev.roletck.model.SiteManagement;

/** A Webex site named by an assignment of a site role, and which tool manages it (R12). */
public record Site(String id, SiteManagement managedBy) {
    public Site {
        if (id == null || id.isBlank()) throw new BadRequestException("a site needs a non-empty id");
        if (managedBy == null) throw new BadRequestException("site '" + id + "' does not say what manages it");
    }
}
