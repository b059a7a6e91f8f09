package org.thywill.archive.format.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A day heading and the entries under it, in file order. */
public record ActivityDay(LocalDate date, List<ActivityEntry> entries) {

    public ActivityDay {
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
    }
}
