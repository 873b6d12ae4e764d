package org.wangge.kernel.rules.internal.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.rules.internal.PackSource;

/**
 * Writes a pack's files into a directory, never outside it and never through a symbolic link: the directory must not
 * be a link, each file is created new (an existing file, or a link, dangling or not, in its place is refused) and
 * names are plain file names.
 */
public final class PackExport {

    private PackExport() {
    }

    /**
     * @param source    the pack
     * @param directory the target directory, created when missing
     * @return the files written
     * @throws IllegalArgumentException when the directory is a link or a file of the pack is already there
     */
    public static List<Path> export(PackSource source, Path directory) {
        if (Files.isSymbolicLink(directory)) {
            throw new IllegalArgumentException(directory + " is a symbolic link: export into a real, empty directory");
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (String name : source.files().keySet()) {
                Path target = directory.resolve(name);
                if (name.contains("/") || name.contains("\\") || name.startsWith(".") || !target.getParent().equals(directory)) {
                    throw new IllegalStateException("pack file name " + name + " is not a plain file name");
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalArgumentException(target + " already exists: export into an empty directory");
                }
            }
            for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
                Path target = directory.resolve(file.getKey());
                // CREATE_NEW fails on anything already there, a dangling link included (O_EXCL): nothing is followed.
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
                    out.write(file.getValue());
                } catch (FileAlreadyExistsException e) {
                    throw new IllegalArgumentException(target + " already exists: export into an empty directory", e);
                }
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule pack to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }
}
