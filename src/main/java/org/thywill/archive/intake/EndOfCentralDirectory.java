package org.thywill.archive.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The entry count a ZIP's end-of-central-directory record declares (ZIP64 included), read before the central
 * directory itself is loaded, so that a ZIP declaring millions of entries is refused before it costs memory.
 */
final class EndOfCentralDirectory {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private EndOfCentralDirectory() {
    }

    /** The declared total number of entries; empty when the record cannot be found (the ZIP reader will say why). */
    static OptionalLong declaredEntries(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < EOCD_SIZE) {
                return OptionalLong.empty();
            }
            int tailLength = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
            long tailStart = size - tailLength;
            ByteBuffer tail = read(channel, tailStart, tailLength);
            for (int at = tailLength - EOCD_SIZE; at >= 0; at--) {
                if (tail.getInt(at) != EOCD_SIGNATURE) {
                    continue;
                }
                int entries = Short.toUnsignedInt(tail.getShort(at + 10));
                if (entries != 0xFFFF) {
                    return OptionalLong.of(entries);
                }
                return zip64Entries(channel, tailStart + at);
            }
            return OptionalLong.empty();
        }
    }

    private static OptionalLong zip64Entries(FileChannel channel, long eocdOffset) throws IOException {
        long locatorOffset = eocdOffset - 20;
        if (locatorOffset < 0) {
            return OptionalLong.empty();
        }
        ByteBuffer locator = read(channel, locatorOffset, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            return OptionalLong.empty();
        }
        long recordOffset = locator.getLong(8);
        if (recordOffset < 0 || recordOffset + 56 > channel.size()) {
            return OptionalLong.empty();
        }
        ByteBuffer record = read(channel, recordOffset, 56);
        if (record.getInt(0) != ZIP64_EOCD_SIGNATURE) {
            return OptionalLong.empty();
        }
        long entries = record.getLong(32);
        return entries < 0 ? OptionalLong.of(Long.MAX_VALUE) : OptionalLong.of(entries);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.order(ByteOrder.LITTLE_ENDIAN);
    }
}
