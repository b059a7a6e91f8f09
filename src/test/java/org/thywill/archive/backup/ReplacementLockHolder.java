package org.thywill.archive.backup;

import java.nio.file.Path;

/** A process that holds the replacement lock of the database in args[0] until its standard input closes. */
final class ReplacementLockHolder {

    private ReplacementLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ReplacementLock held = ReplacementLock.acquire(Path.of(args[0]), "restore")) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
