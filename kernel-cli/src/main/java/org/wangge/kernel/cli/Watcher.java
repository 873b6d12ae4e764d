package org.wangge.kernel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code --watch}: runs a job, then again after every saved change under the watched folders (recursively; a folder
 * created later is watched too), and prints only what changed since the last good run. Changes are gathered until the
 * folders are quiet for {@link #DEBOUNCE_MS} ms, so that an editor's save (write, rename, touch) is one rerun. A run that
 * fails (a rule pack refused, a scenario file unreadable) prints its problems at their file:line and the watch goes on;
 * the next good run is compared with the last good one. A run may name more paths to follow (the packs that scenario
 * files name with {@code rules:}): from then on their folders are watched too. It stops when its thread is interrupted (a test) or the JVM
 * ends (Ctrl-C).
 */
final class Watcher {

    /** Quiet time after the last change before the job reruns. */
    static final long DEBOUNCE_MS = 300;

    /**
     * What one run gave: its items by key (a scenario, a finding) with the line that shows each, and a summary line;
     * or the problem lines of a run that failed.
     */
    record Outcome(Map<String, String> items, String summary, List<String> problems, List<String> first, boolean clean,
            List<Path> follow) {
        /**
         * @param first what the first run prints (before the summary): the whole output of the command without --watch
         * @param clean whether the run has nothing to fail on (no failed scenario, no finding that fails a check)
         */
        static Outcome of(Map<String, String> items, String summary, List<String> first, boolean clean) {
            return of(items, summary, first, clean, List.of());
        }

        /**
         * @param follow more files and folders that this run read and that the watch follows from now on (the rule
         *               directories and reform files that scenario files name with {@code rules:})
         */
        static Outcome of(Map<String, String> items, String summary, List<String> first, boolean clean, List<Path> follow) {
            return new Outcome(new LinkedHashMap<>(items), summary, List.of(), List.copyOf(first), clean, List.copyOf(follow));
        }

        static Outcome failed(List<String> problems) {
            return new Outcome(Map.of(), "", List.copyOf(problems), List.of(), false, List.of());
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final List<Path> roots;
    /** What to follow after a run that failed (it named no paths): read from the inputs themselves. */
    private java.util.function.Supplier<List<Path>> followAfterFailure = List::of;
    /** Files the job writes itself. */
    private final java.util.Set<Path> ignoredFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final PrintWriter out;
    private final CliMessages msg;
    private final Map<WatchKey, Path> keys = new LinkedHashMap<>();

    /**
     * @param paths the files and folders to watch (a file: its folder)
     * @param out   where runs are printed
     * @param msg   the words
     */
    Watcher(List<Path> paths, PrintWriter out, CliMessages msg) {
        this.roots = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (Path p : paths) {
            Path dir = folder(p);
            if (dir != null && !roots.contains(dir)) {
                roots.add(dir);
            }
        }
        this.out = Objects.requireNonNull(out);
        this.msg = Objects.requireNonNull(msg);
    }

    /** @return the folder watched for a path: the path itself for a folder, else its parent; null for null */
    private static Path folder(Path p) {
        if (p == null) {
            return null;
        }
        Path a = p.toAbsolutePath().normalize();
        return Files.isDirectory(a) ? a : a.getParent();
    }

    /**
     * @param paths what to follow after a run that failed (a scenario file names a pack that does not load): the watch
     *              still follows that pack, so that its fix reruns
     * @return this watcher
     */
    /**
     * @param file a file the job writes itself (check's --output): its writes never trigger a run
     * @return this watcher
     */
    Watcher ignoring(Path file) {
        ignoredFiles.add(file.toAbsolutePath().normalize());
        return this;
    }

    Watcher followingAfterFailure(java.util.function.Supplier<List<Path>> paths) {
        this.followAfterFailure = Objects.requireNonNull(paths);
        return this;
    }

    /** Watches the folders of these paths too, when no watched folder holds them already. */
    private void follow(WatchService service, Outcome run) throws IOException {
        List<Path> more;
        try {
            more = run.ok() ? run.follow() : followAfterFailure.get();
        } catch (RuntimeException e) {
            return; // the inputs do not read: the next good run names what to follow
        }
        for (Path p : more) {
            Path dir = folder(p);
            if (dir != null && Files.isDirectory(dir) && roots.stream().noneMatch(dir::startsWith)) {
                roots.add(dir);
                register(service, dir);
            }
        }
    }

    /**
     * Runs the job, prints its whole outcome, then watches until interrupted.
     *
     * @param job one run (it may throw; see {@code failure})
     * @param failure the problem lines of a run that threw, or null to let the exception end the watch
     * @return the exit code of the last run: 0 when it was good and clean, else 1
     */
    int watch(Supplier<Outcome> job, java.util.function.Function<RuntimeException, List<String>> failure) {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            for (Path root : roots) {
                register(service, root);
            }
            Outcome last = run(job, failure);
            follow(service, last);
            print(null, last);
            Outcome lastGood = last.ok() ? last : null;
            out.println(msg.get("msg.watching", String.join(", ", roots.stream().map(Path::toString).toList())));
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                List<Path> changed = waitForChanges(service);
                if (changed == null) {
                    break;
                }
                if (changed.isEmpty()) {
                    continue;
                }
                out.println(msg.get("msg.changed", String.join(", ", changed.stream().map(Path::toString).toList())));
                Outcome now = run(job, failure);
                follow(service, now);
                print(lastGood, now);
                last = now;
                if (now.ok()) {
                    lastGood = now;
                }
                out.println(msg.get("msg.watching", String.join(", ", roots.stream().map(Path::toString).toList())));
                out.flush();
            }
            return last.ok() && last.clean() ? WanggeCommand.EXIT_OK : WanggeCommand.EXIT_FINDINGS;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        } catch (ClosedWatchServiceException e) {
            return WanggeCommand.EXIT_OK;
        } finally {
            out.println(msg.get("msg.watchStopped"));
            out.flush();
        }
    }

    private static Outcome run(Supplier<Outcome> job, java.util.function.Function<RuntimeException, List<String>> failure) {
        try {
            return job.get();
        } catch (RuntimeException e) {
            List<String> lines = failure.apply(e);
            if (lines == null) {
                throw e;
            }
            return Outcome.failed(lines);
        }
    }

    /** Prints a first run whole, a later one as its changes against the last good run. */
    private void print(Outcome before, Outcome now) {
        if (!now.ok()) {
            now.problems().forEach(out::println);
            out.println(msg.get("msg.watchBroken"));
            return;
        }
        if (before == null) {
            now.first().forEach(out::println);
            out.println(now.summary());
            return;
        }
        int n = 0;
        for (Map.Entry<String, String> e : now.items().entrySet()) {
            String was = before.items().get(e.getKey());
            if (was == null) {
                out.println("+ " + e.getValue());
                n++;
            } else if (!was.equals(e.getValue())) {
                out.println("~ " + e.getValue());
                n++;
            }
        }
        for (Map.Entry<String, String> e : before.items().entrySet()) {
            if (!now.items().containsKey(e.getKey())) {
                out.println("- " + e.getValue());
                n++;
            }
        }
        if (n == 0) {
            out.println(msg.get("msg.noChange"));
        }
        out.println(now.summary());
    }

    /**
     * @return the files changed, once the folders have been quiet for the debounce time; empty when only ignored files
     *         changed; null when the thread was interrupted
     */
    private List<Path> waitForChanges(WatchService service) throws IOException {
        List<Path> changed = new ArrayList<>();
        java.util.Set<Path> created = new java.util.HashSet<>();
        WatchKey key;
        try {
            do {
                key = service.poll(200, TimeUnit.MILLISECONDS);
                if (Thread.currentThread().isInterrupted()) {
                    return null;
                }
            } while (key == null);
            while (key != null) {
                collect(service, key, changed, created);
                key = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS);
            }
            // an editor's temporary file, created and renamed away within the burst, is no change of its own
            changed.removeIf(p -> created.contains(p) && !Files.exists(p));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return changed;
    }

    private void collect(WatchService service, WatchKey key, List<Path> changed, java.util.Set<Path> created) throws IOException {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (ignored(file) || ignoredFiles.contains(file.toAbsolutePath().normalize())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                created.add(file);
                if (Files.isDirectory(file)) {
                    register(service, file);
                }
            }
            if (!changed.contains(file)) {
                changed.add(file);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** Editors' backup and swap files, hidden files and build output never trigger a run. */
    static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith("#") || name.equals("target");
    }

    private void register(WatchService service, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> d.equals(root) || !ignored(d)).toList()) {
                keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }
}
