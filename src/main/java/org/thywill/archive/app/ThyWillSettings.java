package org.thywill.archive.app;

import java.nio.file.Path;

/**
 * Where the service's state lives, resolved from configuration (see config/application.properties)
 * against the working directory.
 */
public record ThyWillSettings(Path database, Path archives, Path incoming, Path backups, int busyTimeoutMs) {

    public ThyWillSettings {
        database = database.toAbsolutePath().normalize();
        archives = archives.toAbsolutePath().normalize();
        incoming = incoming.toAbsolutePath().normalize();
        backups = backups.toAbsolutePath().normalize();
    }
}
