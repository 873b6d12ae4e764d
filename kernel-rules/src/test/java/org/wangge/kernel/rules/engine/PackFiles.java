package org.wangge.kernel.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wangge.kernel.rules.RuleEngine;

/** Copies of the built-in pack in a temporary directory, as an analyst would have them. */
final class PackFiles {

    private PackFiles() {
    }

    static Path copyBuiltInPack(Path dir) {
        RuleEngine.exportBuiltInPack(dir);
        return dir;
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        write(file, text.replace(from, to));
    }
}
