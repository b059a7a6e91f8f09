package org.thywill.archive.api;

import org.apache.camel.Exchange;

/**
 * Who may do what (PRODUCT.md "Security"; unlike the original, reference operations §9 item 21, "admin" is the
 * {@code admin} role, never the display name):
 * <ul>
 *   <li>a member's {@code download} and {@code metadata}: that member, or an admin; else 403 "Access denied";</li>
 *   <li>{@code community/download} and {@code downloads/cleanup}: admins; else 403 "Admin access required";</li>
 *   <li>{@code community/list}: any authenticated caller (names, periods and counts of files, no content);</li>
 *   <li>a prayer's file: see {@link PrayerVisibility}.</li>
 * </ul>
 */
public final class ArchiveAccess {

    public static void requireSelfOrAdmin(Caller caller, String displayName) {
        if (!caller.admin() && !caller.is(displayName)) {
            throw ApiException.forbidden("Access denied");
        }
    }

    public static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw ApiException.forbidden("Admin access required");
        }
    }

    /** Route step: the authenticated caller must be an admin. */
    public void adminOnly(Exchange exchange) {
        requireAdmin(SessionAuthenticator.caller(exchange));
    }
}
