package org.thywill.archive.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Test helper: a ZIP read back with java.util.zip, entry names in stored order and their bytes. */
record ZipContents(List<String> names, Map<String, byte[]> bytes) {

    static ZipContents of(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                names.add(e.getName());
                try (InputStream in = z.getInputStream(e)) {
                    bytes.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return new ZipContents(names, bytes);
    }

    String text(String name) {
        byte[] b = bytes.get(name);
        if (b == null) {
            throw new AssertionError("no entry " + name + " in " + names);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
