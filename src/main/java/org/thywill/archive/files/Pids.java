package org.thywill.archive.files;

/** Whether the process that named a leftover (a temp file, a staging folder) after itself still runs. */
public final class Pids {

    private Pids() {
    }

    /** True for this process and for any live one; a pid reused since by another process counts as running. */
    public static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
