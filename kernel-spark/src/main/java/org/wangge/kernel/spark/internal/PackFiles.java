package org.wangge.kernel.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule pack of a job as it travels to the executors: the built-in pack (no files), or the files of a pack directory
 * read on the driver, by their path relative to the directory. Its {@link #hash()} (SHA-256 of the paths and bytes) keys
 * the rule base each executor builds once.
 *
 * @param files the pack's files by relative path ('/'-separated); empty for the built-in pack
 * @param hash  {@code built-in} or the hex SHA-256 of the files
 */
public record PackFiles(Map<String, byte[]> files, String hash) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The built-in Zigong pack. */
    public static final PackFiles BUILT_IN = new PackFiles(Map.of(), "built-in");

    /** Keeps the files sorted by path. */
    public PackFiles {
        files = new TreeMap<>(Objects.requireNonNull(files, "files"));
        Objects.requireNonNull(hash, "hash");
    }

    /** @return whether it is the built-in pack */
    public boolean builtIn() {
        return files.isEmpty();
    }

    /**
     * @param directory a pack directory
     * @return its files
     * @throws UncheckedIOException when it cannot be read
     * @throws IllegalArgumentException when it is no directory
     */
    public static PackFiles of(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("a rule pack for the Spark job is a directory (wangge export-rules makes one): "
                    + directory);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = directory.relativize(p).toString().replace('\\', '/');
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule pack " + directory, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("the rule pack directory is empty: " + directory);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return new PackFiles(files, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return builtIn() ? "the built-in pack" : "pack " + hash.substring(0, 12) + " (" + files.size() + " files)";
    }
}
