package org.wangge.kernel.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wangge.kernel.io.snapshot.SnapshotRecords;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.SlicingMode;

/**
 * What each executor JVM builds once and its tasks share: the rule base of a pack (by the pack's hash), and the
 * reference facts of a job (by its broadcast's id), both thread-safe to use from concurrent tasks.
 */
public final class ExecutorState {

    private static final Map<String, RuleEngine> ENGINES = new ConcurrentHashMap<>();
    private static final Map<Long, List<Object>> REFERENCE = new ConcurrentHashMap<>();
    /** How many times this JVM built a rule base (the tests check it is once per pack). */
    private static final java.util.concurrent.atomic.AtomicInteger BUILT = new java.util.concurrent.atomic.AtomicInteger();

    private ExecutorState() {
    }

    /**
     * @param pack a pack
     * @return its rule base in this JVM, built at the first call
     */
    public static RuleEngine engine(PackFiles pack) {
        return ENGINES.computeIfAbsent(pack.hash(), h -> {
            BUILT.incrementAndGet();
            RuleEngine.Builder b = RuleEngine.builder().slicing(SlicingMode.NEVER);
            return pack.builtIn() ? b.withBuiltInZigongPack().build() : b.withPackDirectory(unpack(pack)).build();
        });
    }

    /** @return how many rule bases this JVM built */
    public static int enginesBuilt() {
        return BUILT.get();
    }

    private static Path unpack(PackFiles pack) {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "wangge-spark-pack-" + pack.hash());
            if (!Files.isDirectory(dir)) {
                Path tmp = Files.createTempDirectory("wangge-spark-pack-");
                for (var e : pack.files().entrySet()) {
                    Path file = tmp.resolve(e.getKey());
                    if (!file.normalize().startsWith(tmp)) {
                        throw new IllegalArgumentException("a pack file outside its directory: " + e.getKey());
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, e.getValue());
                }
                try {
                    Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    if (!Files.isDirectory(dir)) {
                        throw raced;
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule pack on this executor", e);
        }
    }

    /**
     * @param broadcastId the id of the broadcast holding {@code lines}
     * @param lines       the reference records of the job
     * @return them parsed, once per JVM and job
     */
    public static List<Object> reference(long broadcastId, java.util.function.Supplier<List<RecordLine>> lines) {
        return REFERENCE.computeIfAbsent(broadcastId, id -> {
            if (REFERENCE.size() > 8) { // earlier jobs of a long-lived executor
                REFERENCE.clear();
            }
            return List.copyOf(parse(lines.get()));
        });
    }

    /**
     * @param lines record lines of any kinds and files
     * @return the records, in the order of the lines
     */
    public static List<Object> parse(Collection<RecordLine> lines) {
        Map<String, SnapshotRecords.Parser> parsers = new HashMap<>();
        List<Object> out = new ArrayList<>(lines.size());
        for (RecordLine l : lines) {
            out.add(parsers.computeIfAbsent(l.kind() + "\u0000" + l.file(), k -> SnapshotRecords.parser(l.kind(), l.file()))
                    .parse(l.text(), l.line()));
        }
        return out;
    }
}
