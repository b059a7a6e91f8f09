package org.thywill.archive.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A size-limited (or read-only) folder: a tmpfs mounted on an empty folder. Needs Linux, root and permission to
 * mount (true on the CI machine); where that is missing the test is skipped with an assumption that says why.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code bytes} (rounded up to pages by the kernel) on {@code dir} (created). */
    public static Tmpfs mount(Path dir, long bytes) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "tmpfs needs Linux");
        Files.createDirectories(dir);
        int code;
        try {
            code = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString());
        } catch (IOException e) {
            code = -1;
        }
        Assumptions.assumeTrue(code == 0, "cannot mount a size-limited tmpfs here (needs root and permission to"
                + " mount): the fault test is skipped");
        return new Tmpfs(dir);
    }

    public Path path() {
        return mountPoint;
    }

    /** Changes the size limit: more room is "space freed". */
    public void resize(long bytes) throws Exception {
        remount("remount,size=" + bytes);
    }

    public void readOnly() throws Exception {
        remount("remount,ro");
    }

    public void readWrite() throws Exception {
        remount("remount,rw");
    }

    /** Bytes in use, as the file system counts them (whole pages). */
    public long used() throws IOException {
        var store = Files.getFileStore(mountPoint);
        return store.getTotalSpace() - store.getUnallocatedSpace();
    }

    private void remount(String options) throws Exception {
        int code = run("mount", "-o", options, mountPoint.toString());
        if (code != 0) {
            throw new IllegalStateException("mount -o " + options + " " + mountPoint + " failed: " + code);
        }
    }

    @Override
    public void close() throws Exception {
        run("umount", mountPoint.toString());
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
