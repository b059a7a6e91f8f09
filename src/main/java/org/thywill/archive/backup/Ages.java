package org.thywill.archive.backup;

import java.time.Duration;

/** A duration as an operator reads it: {@code 8d 2h}, {@code 3h 5m}, {@code 4m 10s}. */
final class Ages {

    private Ages() {
    }

    static String of(Duration d) {
        Duration a = d.isNegative() ? Duration.ZERO : d;
        if (a.toDays() > 0) {
            return a.toDays() + "d" + (a.toHoursPart() > 0 ? " " + a.toHoursPart() + "h" : "");
        }
        if (a.toHours() > 0) {
            return a.toHours() + "h" + (a.toMinutesPart() > 0 ? " " + a.toMinutesPart() + "m" : "");
        }
        return a.toMinutes() + "m " + a.toSecondsPart() + "s";
    }
}
