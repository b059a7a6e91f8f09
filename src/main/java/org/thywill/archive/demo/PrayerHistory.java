package org.thywill.archive.demo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One prayer's whole simulated life, known when it is submitted so that its file is written once.
 *
 * @param generatedPrayer null when none was generated
 * @param projectTag      null when it has none
 * @param events          in the order the server handled them
 */
record PrayerHistory(String id, Member author, LocalDateTime createdAt, String request, String generatedPrayer,
                     String projectTag, List<PrayerEvent> events) {
}
