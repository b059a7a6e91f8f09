package org.thywill.archive.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIPs built in the test, byte by byte where a hostile ZIP needs it; never checked-in binaries. */
final class Zips {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;

    private Zips() {
    }

    /** Entries in order, deflated, written by {@link ZipOutputStream}. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Name/text pairs. */
    static Map<String, byte[]> entries(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    static Path write(Path dir, String name, byte[] zip) {
        try {
            return Files.write(dir.resolve(name), zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ZIP with the central directory's uncompressed size of {@code entryName} set to {@code size}. */
    static byte[] withDeclaredSize(byte[] zip, String entryName, int size) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(centralHeader(copy, entryName) + 24, size);
        return copy;
    }

    /** The ZIP with the "encrypted" flag (general purpose bit 0) set on {@code entryName}, locally and centrally. */
    static byte[] withEncryptedFlag(byte[] zip, String entryName) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int central = centralHeader(copy, entryName);
        b.putShort(central + 8, (short) (b.getShort(central + 8) | 1));
        int local = b.getInt(central + 42);
        if (b.getInt(local) != LOCAL_HEADER) {
            throw new IllegalStateException("no local header at " + local);
        }
        b.putShort(local + 6, (short) (b.getShort(local + 6) | 1));
        return copy;
    }

    /** The ZIP with {@code entryName} saying it is compressed with {@code method} (its bytes stay as they are). */
    static byte[] withMethod(byte[] zip, String entryName, int method) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int central = centralHeader(copy, entryName);
        b.putShort(central + 10, (short) method);
        int local = b.getInt(central + 42);
        if (b.getInt(local) != LOCAL_HEADER) {
            throw new IllegalStateException("no local header at " + local);
        }
        b.putShort(local + 8, (short) method);
        return copy;
    }

    /** The ZIP with every central directory header saying "made on Unix" (so readers keep backslashes in names). */
    static byte[] madeOnUnix(byte[] zip) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= copy.length; at++) {
            if (b.getInt(at) == CENTRAL_HEADER) {
                copy[at + 5] = 3;
            }
        }
        return copy;
    }

    private static int centralHeader(byte[] zip, String entryName) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 <= zip.length; at++) {
            if (b.getInt(at) != CENTRAL_HEADER) {
                continue;
            }
            int length = Short.toUnsignedInt(b.getShort(at + 28));
            if (length == name.length && java.util.Arrays.equals(zip, at + 46, at + 46 + length, name, 0, length)) {
                return at;
            }
        }
        throw new IllegalArgumentException("no central directory header for " + entryName);
    }
}
