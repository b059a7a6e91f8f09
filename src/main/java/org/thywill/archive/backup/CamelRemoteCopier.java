package org.thywill.archive.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Sends a backup to a Camel endpoint URI ({@code thywill.backups.remote-uri}): the sidecar, the manifest, then the
 * backup itself last, each under its own name ({@code CamelFileName}). For the file-like components ({@code file},
 * {@code ftp}, {@code ftps}, {@code sftp}) each file is written under a temp name and renamed
 * ({@code tempFileName=.<name>.part}), and an existing remote file is never replaced ({@code fileExist=Fail}),
 * unless the URI sets those options itself. The file producer forces its writes to disk ({@code forceWrites},
 * default true) when the body is a stream, so the bodies are streams, not {@code File}s (which it copies without
 * fsync). For a {@code file:} target the copy is then read back: its SHA-256 must be the backup's and its sidecar
 * the same text.
 */
public final class CamelRemoteCopier implements RemoteCopier {

    private static final List<String> FILE_LIKE = List.of("file", "ftp", "ftps", "sftp");

    private final CamelContext context;
    private final String uri;

    public CamelRemoteCopier(CamelContext context, String uri) {
        this.context = context;
        this.uri = withSafeWrites(uri);
    }

    static String withSafeWrites(String uri) {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!FILE_LIKE.contains(scheme)) {
            return uri;
        }
        String result = uri;
        if (!uri.contains("tempFileName=") && !uri.contains("tempPrefix=")) {
            result += (result.contains("?") ? "&" : "?") + "tempFileName=.${file:name}.part";
        }
        if (!uri.contains("fileExist=")) {
            result += (result.contains("?") ? "&" : "?") + "fileExist=Fail";
        }
        return result;
    }

    @Override
    public String target() {
        return URISupport.sanitizeUri(uri);
    }

    @Override
    public Optional<Path> localFolder() {
        return context.getEndpoint(uri) instanceof FileEndpoint file
                ? Optional.of(file.getFile().toPath().toAbsolutePath().normalize()) : Optional.empty();
    }

    @Override
    public RemoteCopyResult copy(Path backup) {
        String shown = URISupport.sanitizeUri(uri);
        String name = backup.getFileName().toString();
        Path sidecar = backup.resolveSibling(BackupNames.sidecarOf(name));
        Path manifest = backup.resolveSibling(BackupNames.manifestOf(name));
        List<String> problems = new ArrayList<>();
        try (ProducerTemplate template = context.createProducerTemplate()) {
            for (Path p : List.of(sidecar, manifest, backup)) {
                try (InputStream in = Files.newInputStream(p)) {
                    template.sendBodyAndHeader(uri, in, Exchange.FILE_NAME, p.getFileName().toString());
                }
            }
        } catch (Exception e) {
            problems.add("the copy to " + shown + " failed: " + rootMessage(e));
            return new RemoteCopyResult(shown, false, problems);
        }
        Endpoint endpoint = context.getEndpoint(uri);
        if (!(endpoint instanceof FileEndpoint file)) {
            return new RemoteCopyResult(shown, false, problems);
        }
        Path dir = file.getFile().toPath().toAbsolutePath().normalize();
        try {
            String local = Sha256Sidecar.parse(Files.readString(sidecar, StandardCharsets.UTF_8)).sha256();
            String remote = Sha256Sidecar.hash(dir.resolve(name));
            if (!remote.equals(local)) {
                problems.add("the remote copy " + dir.resolve(name) + " hashes to " + remote + ", not " + local);
            }
            if (!Files.readString(dir.resolve(sidecar.getFileName())).equals(Files.readString(sidecar))) {
                problems.add("the remote sidecar " + dir.resolve(sidecar.getFileName()) + " differs from the local one");
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot verify the remote copy in " + dir + ": " + e.getMessage());
        }
        return new RemoteCopyResult(shown, problems.isEmpty(), problems);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
