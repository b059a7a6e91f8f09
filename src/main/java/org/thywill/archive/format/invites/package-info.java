/**
 * The live invite-usage file {@code system/YYYY_MM_invite_usage.txt} and the {@code system/invite_tokens.txt}
 * snapshot (reference §2.10). The export-all {@code invites/*.txt} dumps are in {@code format.export}.
 */
package org.thywill.archive.format.invites;
