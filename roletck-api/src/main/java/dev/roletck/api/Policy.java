package dev.roletck.api;

/**
 * The one interface every implementation of the administrator-role rules implements: the
 * reference policy of this kit, and any policy engine validated by it.
 *
 * <p>Both methods are total over valid requests and must fail closed: a request the
 * implementation does not recognise throws {@link BadRequestException}; it is never allowed.
 */
public interface Policy {

    /** The access a set of roles gives to one capability of one table (RULINGS §4.6). */
    AccessDecision decide(AccessRequest request);

    /** Whether an actor may give or take away one role of a target user (RULINGS §6). */
    AssignmentDecision decide(AssignmentRequest request);
}
