package org.thywill.archive.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.RegistrationsFileReader;
import org.thywill.archive.heal.ArchiveRoot;

/**
 * The registration lines of {@code users/YYYY_MM_users.txt}, by display name. A file with any line its reader does
 * not understand is left out whole (as the importer rejects it) and listed in {@link #unreadable()}.
 */
final class RegistrationIndex {

    /** One registration line: where it is and what it says. */
    record Line(String relative, LocalDateTime at, String inviter) {
    }

    private final Map<String, List<Line>> byName = new HashMap<>();
    private final Map<String, RegistrationsFile> files = new java.util.LinkedHashMap<>();
    private final List<String> unreadable = new ArrayList<>();
    private final java.util.Set<String> unreadableFiles = new java.util.HashSet<>();

    private RegistrationIndex() {
    }

    static RegistrationIndex scan(ArchiveRoot root) {
        RegistrationIndex index = new RegistrationIndex();
        Path users = root.resolve("users");
        if (!Files.isDirectory(users, LinkOption.NOFOLLOW_LINKS)) {
            return index;
        }
        List<String> relatives = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(users)) {
            for (Path p : s) {
                String relative = "users/" + p.getFileName();
                if (ArchiveKind.of(relative).filter(k -> k == ArchiveKind.USER_REGISTRATIONS).isPresent()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    relatives.add(relative);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + users, e);
        }
        relatives.sort(Comparator.naturalOrder());
        RegistrationsFileReader reader = new RegistrationsFileReader();
        for (String relative : relatives) {
            LoadedFile<RegistrationsFile> f = LoadedFile.load(root, relative, reader);
            if (!f.clean()) {
                index.unreadable.add(f.problems());
                index.unreadableFiles.add(relative);
                continue;
            }
            index.files.put(relative, f.value());
            for (Registration r : f.value().registrations()) {
                index.byName.computeIfAbsent(r.name(), k -> new ArrayList<>())
                        .add(new Line(relative, r.at(), r.inviter()));
            }
        }
        // earliest first: minute, then path, then file order (the reconciler's rule for which line counts)
        index.byName.values().forEach(lines -> lines.sort(Comparator.comparing(Line::at)
                .thenComparing(Line::relative)));
        return index;
    }

    /** The users files read cleanly, by path, in path order. */
    Map<String, RegistrationsFile> files() {
        return files;
    }

    /** {@code file:line: reason} of each users file left out. */
    List<String> unreadable() {
        return unreadable;
    }

    /** Whether {@code relative} is a users file left out because it could not be read cleanly. */
    boolean isUnreadable(String relative) {
        return unreadableFiles.contains(relative);
    }

    boolean registered(String name) {
        return byName.containsKey(name);
    }

    /** The user's earliest registration line. */
    Optional<Line> earliest(String name) {
        List<Line> lines = byName.get(name);
        return lines == null ? Optional.empty() : Optional.of(lines.get(0));
    }

    /** Whether the file at {@code relative} holds a registration line of {@code name}. */
    boolean holds(String relative, String name) {
        return byName.getOrDefault(name, List.of()).stream().anyMatch(l -> l.relative().equals(relative));
    }
}
