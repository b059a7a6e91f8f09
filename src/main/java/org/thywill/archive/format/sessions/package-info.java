/**
 * {@code sessions/YYYY_MM_sessions.txt}, written both by the live app and by export-all (reference §2.8):
 * {@link org.thywill.archive.format.sessions.SessionsFileReader} reads either layout and un-glues the
 * records export-all's missing final newline glues together (§7 B29).
 */
package org.thywill.archive.format.sessions;
