package org.thywill.archive.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of a bundle: its name inside the ZIP ({@link EntryNames#require checked}) and where its bytes come
 * from, a file copied verbatim or content generated while the entry is written.
 */
public sealed interface BundleEntry permits BundleEntry.CopiedFile, BundleEntry.Generated {

    String name();

    /** A regular file of the archive tree, copied byte for byte (streamed, never read whole). */
    record CopiedFile(String name, Path source) implements BundleEntry {
        public CopiedFile {
            EntryNames.require(name);
            Objects.requireNonNull(source, "source");
        }
    }

    /** Content written straight into the entry (metadata, README, summaries). */
    record Generated(String name, Content content) implements BundleEntry {
        public Generated {
            EntryNames.require(name);
            Objects.requireNonNull(content, "content");
        }
    }

    /** Writes an entry's bytes; must not close {@code out}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
