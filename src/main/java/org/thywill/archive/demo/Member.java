package org.thywill.archive.demo;

import java.time.LocalDateTime;

/** A member of the simulated community: display name and registration time. */
record Member(String name, LocalDateTime registeredAt) {
}
