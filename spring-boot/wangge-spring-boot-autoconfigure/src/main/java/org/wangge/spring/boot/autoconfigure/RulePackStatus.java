package org.wangge.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * What the health indicator reports about the rule engine: the packs loaded, the SHA-256 of the rule files
 * (a rule directory's, or the built-in pack's as exported), and the last reload's outcome; {@link #reloadIfChanged()}
 * reloads a rule directory whose files changed.
 */
public class RulePackStatus {

    /** The outcome of the last reload. */
    public record Reload(Instant at, boolean succeeded, String error) {
    }

    private final RuleEngine engine;
    private final Path directory;
    private volatile String hash;
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();

    /**
     * @param engine    the rule engine
     * @param directory its rule directory, or null for the built-in pack
     */
    public RulePackStatus(RuleEngine engine, Path directory) {
        this.engine = engine;
        this.directory = directory;
        this.hash = directory != null ? hashOf(directory) : builtInHash();
    }

    /** @return the packs loaded */
    public List<RulePackInfo> packs() {
        return engine.packs();
    }

    /** @return the SHA-256 of the rule files the engine serves (hex) */
    public String hash() {
        return hash;
    }

    /** @return the rule directory, or null for the built-in pack */
    public Path directory() {
        return directory;
    }

    /** @return the last reload's outcome, or null before any */
    public Reload lastReload() {
        return lastReload.get();
    }

    /**
     * Reloads the rule directory when its files differ from those loaded; a refused pack is recorded (the engine
     * keeps serving the previous one) and the same files are not tried again until they change.
     *
     * @return whether the files had changed
     */
    public synchronized boolean reloadIfChanged() {
        if (directory == null) {
            return false;
        }
        String now = hashOf(directory);
        if (now.equals(hash)) {
            return false;
        }
        hash = now;
        try {
            engine.reload();
            lastReload.set(new Reload(Instant.now(), true, null));
        } catch (RulePackException e) {
            lastReload.set(new Reload(Instant.now(), false, e.getMessage()));
        }
        return true;
    }

    static String hashOf(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(directory.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule directory " + directory + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String builtInHash() {
        try {
            Path tmp = Files.createTempDirectory("wangge-pack");
            try {
                RuleEngine.exportBuiltInPack(tmp);
                return hashOf(tmp);
            } finally {
                try (Stream<Path> s = Files.walk(tmp)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
