package no.ipsbridge.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Directories the infrastructure lives in. Unpacked distributions are shared by every test JVM and the launcher
 * under the repository's {@code target/infra}, so they are unpacked once per clone, not once per module.
 */
public final class Workspace {

    private Workspace() {
    }

    public static Path repositoryRoot() {
        String configured = System.getProperty("ips.repo.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("platform"))) {
                return candidate;
            }
        }
        return dir;
    }

    public static Path distributionsDir() {
        return createDirectories(repositoryRoot().resolve("target").resolve("infra"));
    }

    public static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new directory beside {@code parent}'s other entries, so a finished unpack can be renamed into place. */
    public static Path temporaryDirectory(Path parent, String prefix) {
        try {
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the contents of a distribution into an empty directory. */
    @FunctionalInterface
    public interface Unpacker {
        void unpackInto(Path dir) throws IOException;
    }

    /**
     * Unpacks a distribution once per clone: into a fresh directory beside {@code target}, renamed into place when
     * complete, so a JVM never sees half of it and two JVMs unpacking at once both end with a whole copy.
     */
    public static synchronized Path unpackOnce(Path target, String marker, Unpacker unpacker) {
        if (Files.exists(target.resolve(marker))) {
            return target;
        }
        Path partial = temporaryDirectory(createDirectories(target.getParent()), "unpacking-");
        try {
            unpacker.unpackInto(partial);
            try {
                Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                // Another JVM unpacked the same version first; its copy is as good as ours.
                deleteRecursively(partial);
            }
            return target;
        } catch (IOException e) {
            deleteRecursively(partial);
            throw new UncheckedIOException("Could not unpack " + target.getFileName(), e);
        }
    }

    /** The path of an archive entry inside {@code dir}, refusing entries that would land outside it. */
    public static Path entryPath(Path dir, String entryName) {
        Path out = dir.resolve(entryName).normalize();
        if (!out.startsWith(dir)) {
            throw new IllegalStateException("Archive entry outside its directory: " + entryName);
        }
        return out;
    }

    /** Moves a log aside so readiness checks read only what the new start writes. */
    public static void rotate(Path log) {
        try {
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".previous"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
