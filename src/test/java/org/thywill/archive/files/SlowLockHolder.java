package org.thywill.archive.files;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that locks the file in args[0] and says "locked" while the file is still empty, then writes the line it
 * reads from its input into the file and says "written", and lets go when its input closes: a holder caught between
 * its lock and its line.
 */
final class SlowLockHolder {

    private SlowLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            String line = in.readLine() + "\n";
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
            System.out.println("written");
            System.out.flush();
            while (in.read() >= 0) {
                // wait for the test to close our input
            }
            channel.truncate(0);
        }
    }
}
