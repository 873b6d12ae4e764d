package org.wangge.kernel.rules.internal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Reads one file of a pack directory as the sandbox allows: only a regular file that is in the directory itself (a
 * symbolic link is refused, whether it points inside or out, so that a rule file cannot be made to show
 * {@code /etc/passwd}), never a FIFO or device (reading one would block or never end), and at most
 * {@link #MAX_FILE_BYTES}. The file is opened without following links, so a link swapped in after the check is refused
 * too.
 */
public final class PackFileReader {

    /** The largest rule file, table or descriptor a pack may hold (the built-in pack's largest is under 100 KB). */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** The most all files of a pack may hold together. */
    public static final long MAX_PACK_BYTES = 32L * 1024 * 1024;

    private PackFileReader() {
    }

    /**
     * @param path     the file
     * @param name     its name in the pack
     * @param problems where a refusal is added
     * @return its bytes, or null when refused
     * @throws IOException when it cannot be read
     */
    public static byte[] read(Path path, String name, List<RuleProblem> problems) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            problems.add(new RuleProblem(name, 0, 0, "is a symbolic link: rule pack files must be regular files in the pack "
                    + "directory itself; copy the file in instead of linking it"));
            return null;
        }
        if (!attributes.isRegularFile()) {
            problems.add(new RuleProblem(name, 0, 0, attributes.isDirectory() ? "is a directory, not a file"
                    : "is not a regular file (a FIFO, socket or device): rule pack files must be regular files"));
            return null;
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            problems.add(new RuleProblem(name, 0, 0, "holds " + attributes.size() + " bytes, more than the " + MAX_FILE_BYTES
                    + " a rule pack file may have"));
            return null;
        }
        try (InputStream in = Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1); // the file may have grown since its size was read
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(new RuleProblem(name, 0, 0, "holds more than the " + MAX_FILE_BYTES + " bytes a rule pack file may have"));
                return null;
            }
            return bytes;
        }
    }
}
