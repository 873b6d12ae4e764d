package org.wangge.kernel.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.sandbox.PackFileReader;

/**
 * The files of a rule pack, read fully into memory before anything is compiled, so that a reload
 * sees one consistent set of files.
 *
 * @param location where the pack came from
 * @param files    file name (relative to the pack) to content
 */
public record PackSource(String location, Map<String, byte[]> files) {

    /** File names that make up a pack; anything else in the directory is ignored. */
    static boolean isPackFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")
                || name.equals("pack.properties") || name.equals("constraints.tsv")
                || name.equals("parameters.toml") || name.equals("slicing.toml") || name.equals("messages.tsv") || name.equals("labels.tsv") || name.equals("calendar.txt") || name.endsWith(".calendar.txt");
    }

    /**
     * @param name a file of the pack
     * @return its text, decoded as UTF-8
     */
    public String text(String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static final Map<PackSource, String> HASHES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** @return the SHA-256 of the pack's files (name, a zero byte, the bytes, in name order), in hex; computed once per source */
    public String contentHash() {
        return HASHES.computeIfAbsent(this, s -> {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                for (Map.Entry<String, byte[]> f : new TreeMap<>(s.files()).entrySet()) {
                    sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(f.getValue());
                }
                return java.util.HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        });
    }

    /** @return a copy with one file set (added or replaced), or removed when {@code content} is null */
    public PackSource with(String name, byte[] content) {
        Map<String, byte[]> copy = new TreeMap<>(files);
        if (content == null) {
            copy.remove(name);
        } else {
            copy.put(name, content);
        }
        return new PackSource(location, copy);
    }

    /**
     * Reads a pack directory (not recursively).
     *
     * @param dir the directory
     * @return its pack files
     */
    public static PackSource directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rule directory " + dir + " does not exist or is not a directory");
        }
        Map<String, byte[]> files = new TreeMap<>();
        List<RuleProblem> refused = new ArrayList<>();
        long total = 0;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (!isPackFile(name)) {
                    continue;
                }
                byte[] bytes = PackFileReader.read(p, name, refused);
                if (bytes != null) {
                    total += bytes.length;
                    files.put(name, bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule directory " + dir + ": " + e.getMessage(), e);
        }
        if (total > PackFileReader.MAX_PACK_BYTES) {
            refused.add(new RuleProblem("(pack)", 0, 0, "the pack's files hold " + total + " bytes, more than the "
                    + PackFileReader.MAX_PACK_BYTES + " a pack may have"));
        }
        if (!refused.isEmpty()) {
            throw new RulePackException(dir.toAbsolutePath().toString(), refused);
        }
        return new PackSource(dir.toAbsolutePath().toString(), files);
    }

    /**
     * Reads a pack from a classpath folder, in a directory or a jar.
     *
     * @param folder the folder, e.g. {@code org/wangge/kernel/rules/zigong}
     * @param loader the class loader
     * @return its pack files
     */
    public static PackSource classpath(String folder, ClassLoader loader) {
        // Locate the folder through its pack.properties: a test-classes folder of the same package
        // name may come first on the classpath and must not shadow the pack.
        URL marker = loader.getResource(folder + "/pack.properties");
        if (marker == null) {
            throw new IllegalArgumentException("no rule pack on the classpath at " + folder + " (no pack.properties there)");
        }
        URL url;
        try {
            String m = marker.toString();
            url = new URL(m.substring(0, m.length() - "/pack.properties".length()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if ("file".equals(url.getProtocol())) {
                return new PackSource("classpath:" + folder, directory(Path.of(url.toURI())).files());
            }
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    String prefix = folder.endsWith("/") ? folder : folder + "/";
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        String rest = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : null;
                        if (rest != null && !rest.isEmpty() && !rest.contains("/") && isPackFile(rest)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(rest, in.readAllBytes());
                            }
                        }
                    }
                }
                return new PackSource("classpath:" + folder, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + folder + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("cannot list rule pack " + folder + " from " + url);
    }
}
