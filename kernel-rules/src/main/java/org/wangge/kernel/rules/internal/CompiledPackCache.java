package org.wangge.kernel.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.util.Drools;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * Compiled rule bases kept on disk between runs (编译缓存), so that a second {@code wangge explain} or
 * {@code RuleEngine.fromDirectory} of an unchanged pack skips the seconds Drools takes to compile it.
 *
 * <p>An entry holds the compiled form in one of two shapes, whichever the compiler produced: the Drools
 * packages in Drools' own serialized form (a pack compiled by the classic DRL compiler), or the built kjar
 * (a pack compiled to Drools' executable model, whose lambdas cannot be serialized: the kjar holds their
 * classes, as built and checked). It is filed under a SHA-256 key over every file of the pack (names and
 * bytes), the Drools version, the Java feature version and a fingerprint of the kernel's own code (the
 * classes the rules were compiled against, and the compiler and its checks). A changed file, a new Drools or
 * a rebuilt kernel therefore gives another key. {@link PackCompiler} stores an entry only after the pack
 * passed every check, and still runs the checks that read the compiled form (rule metadata) on a loaded one.
 *
 * <p>An entry is never trusted blindly: it must sit in a directory only its owner may write, be owned by the
 * current user, start with this format's header, name the key it was looked up by, and its payload must match
 * the SHA-256 in that header; deserialization accepts only Java, Drools, MVEL and Wangge classes. Anything
 * else — a truncated file, another key's entry, a file of another program — is deleted and the pack is
 * compiled afresh. Writing is best effort: a cache that cannot be written costs speed, never a refusal.
 *
 * <p>Where: the system property {@value #DIR_PROPERTY}, else the environment variable {@value #DIR_ENV},
 * else {@code $XDG_CACHE_HOME/wangge}, else {@code ~/.cache/wangge}. The value {@code off} turns caching off.
 */
public final class CompiledPackCache {

    /** System property naming the cache directory, or {@code off}. */
    public static final String DIR_PROPERTY = "wangge.cache.dir";
    /** Environment variable naming the cache directory, or {@code off} (the system property wins). */
    public static final String DIR_ENV = "WANGGE_CACHE_DIR";
    /** Entries kept; the least recently used beyond this are deleted when one is written. */
    static final int MAX_ENTRIES = 16;

    static final String SUFFIX = ".kbase";
    private static final byte[] MAGIC = "WANGGE-COMPILED-PACK\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    /** The entry holds the serialized Drools packages. */
    static final int SERIALIZED_PACKAGES = 1;
    /** The entry holds the kjar of an executable-model build. */
    static final int KJAR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CompiledPackCache.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static volatile String kernelFingerprint;

    private final Path directory;

    private CompiledPackCache(Path directory) {
        this.directory = directory;
    }

    /** @return the cache the system property, environment or default names; {@link #off()} when set to {@code off} */
    public static CompiledPackCache standard() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(DIR_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return "off".equalsIgnoreCase(configured.strip()) ? off() : at(Path.of(configured.strip()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return at(base.resolve("wangge"));
    }

    /**
     * @param directory the cache directory (created on first write)
     * @return a cache there
     */
    public static CompiledPackCache at(Path directory) {
        return new CompiledPackCache(directory.toAbsolutePath());
    }

    /** @return a cache that keeps nothing */
    public static CompiledPackCache off() {
        return new CompiledPackCache(null);
    }

    /** @return the directory, or null when caching is off */
    public Path directory() {
        return directory;
    }

    /**
     * The key of a pack: SHA-256 over its files, Drools' and Java's versions and the kernel's code.
     *
     * @param source the pack's files
     * @return the key in hex
     */
    public static String key(PackSource source) {
        MessageDigest sha = sha256();
        update(sha, "wangge-compiled-pack/" + FORMAT);
        update(sha, "drools " + Drools.getFullVersion());
        update(sha, "java " + Runtime.version().feature());
        update(sha, "kernel " + kernelFingerprint());
        for (Map.Entry<String, byte[]> file : new TreeMap<>(source.files()).entrySet()) {
            update(sha, file.getKey());
            update(sha, file.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * @param source the pack's files
     * @return the rule base compiled earlier from exactly these files, or null when there is none to trust
     */
    public KieBase load(PackSource source) {
        if (directory == null) {
            return null;
        }
        String key = key(source);
        Path entry = directory.resolve(key + SUFFIX);
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try {
            KieBase kieBase = read(entry, key);
            touch(entry);
            LOG.debug("rule pack {}: compiled form loaded from {}", source.location(), entry);
            return kieBase;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warn("rule pack {}: ignoring compiled-pack cache entry {} ({}); compiling afresh", source.location(), entry, e.toString());
            deleteQuietly(entry);
            deleteQuietly(metadataOf(entry));
            return null;
        }
    }

    /** An entry that is well formed but whose compiled classes use what rules may not. */
    static final class UnsafeEntryException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeEntryException(String message) {
            super(message);
        }
    }

    /**
     * Reads an entry: its place, owner, header and digest, and, for a kjar, the allow-list check of every class in it
     * (as the build's own classes were checked), all before anything of it is loaded.
     *
     * @param entry the entry's file
     * @param key   the key it was looked up by
     * @return the rule base
     * @throws UnsafeEntryException naming the entry, when its classes use what rules may not
     */
    KieBase read(Path entry, String key) throws IOException, ClassNotFoundException {
        refuseUnsafeDirectory();
        if (!Files.getOwner(entry).getName().equals(Files.getOwner(directory).getName())) {
            throw new IOException("the entry is owned by " + Files.getOwner(entry).getName() + ", not by the cache's owner");
        }
        byte[] file = Files.readAllBytes(entry);
        byte[] payload = payload(file, key);
        if (formOf(file) == METADATA) {
            throw new IOException("a metadata entry where a compiled form belongs");
        }
        if (formOf(file) != KJAR) {
            return fromPackages(readPackages(payload));
        }
        List<String> refused = org.wangge.kernel.rules.internal.sandbox.PackSandbox.recheckKjar(payload);
        if (!refused.isEmpty()) {
            throw new UnsafeEntryException("compiled-pack cache entry " + entry + " refused by the sandbox: its classes use what rules"
                    + " may not (" + String.join("; ", refused.subList(0, Math.min(5, refused.size())))
                    + (refused.size() > 5 ? "; " + (refused.size() - 5) + " more" : "") + ")");
        }
        return fromKjar(payload);
    }

    // ---------------------------------------------------------------------------------- rule metadata

    /** The suffix of the entry holding a pack's checked rule metadata and the budget its trial run passed under. */
    static final String META_SUFFIX = ".meta";
    /** The entry holds rule metadata. */
    static final int METADATA = 3;

    private static Path metadataOf(Path entry) {
        String name = entry.getFileName().toString();
        return entry.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + META_SUFFIX);
    }

    /**
     * What a pack's compiled form says of its rules, once the pack passed every check and its trial run.
     *
     * @param rules  the rules' checked metadata, by name
     * @param budget the host budget the trial run passed under
     */
    public record Metadata(Map<String, RuleMeta> rules, org.wangge.kernel.rules.CheckBudget budget) {
    }

    /**
     * Keeps a pack's checked rule metadata beside its compiled form, so that a later load can serve what needs no
     * rule base (the catalogue, the rules' metadata: {@code wangge explain}) without building one, and skip a trial
     * run it passed already. Call only once the pack passed every check and its trial run under {@code budget}; best effort.
     *
     * @param source the pack's files
     * @param rules  the rules' metadata, by name
     * @param budget the host budget of the trial run
     */
    public void storeMetadata(PackSource source, Map<String, RuleMeta> rules, org.wangge.kernel.rules.CheckBudget budget) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        String key = key(source);
        Path entry = directory.resolve(key + SUFFIX);
        Path temp = null;
        try {
            refuseUnsafeDirectory();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(body)) {
                out.writeLong(budget.firingsPerFact());
                out.writeLong(budget.insertionsPerFact());
                out.writeLong(budget.time().toMillis());
                out.writeInt(rules.size());
                for (RuleMeta m : rules.values()) {
                    out.writeUTF(m.name());
                    out.writeUTF(m.file());
                    out.writeInt(m.line());
                    optional(out, m.constraintId());
                    out.writeBoolean(m.citation() != null);
                    if (m.citation() != null) {
                        out.writeInt(m.citation().article());
                        out.writeInt(m.citation().paragraph());
                        out.writeInt(m.citation().item());
                    }
                    optional(out, m.severity() == null ? null : m.severity().name());
                    optional(out, m.inForceFrom() == null ? null : m.inForceFrom().toString());
                    optional(out, m.definition());
                    optional(out, m.basis() == null ? null : m.basis().name());
                    optional(out, m.verb() == null ? null : m.verb().name());
                    out.writeInt(m.policies().size());
                    for (String policy : m.policies()) {
                        out.writeUTF(policy);
                    }
                    optional(out, m.messageKey());
                }
            }
            temp = Files.createTempFile(directory, key, ".tmp");
            writeAtomically(temp, metadataOf(entry), key, METADATA, body.toByteArray());
            temp = null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule pack {}: cannot store its rule metadata in {} ({})", source.location(), directory, e.toString());
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * @param source the pack's files
     * @return the metadata kept for exactly these files, when their compiled form is kept too; else null
     */
    public Metadata loadMetadata(PackSource source) {
        if (directory == null) {
            return null;
        }
        String key = key(source);
        Path entry = directory.resolve(key + SUFFIX);
        Path meta = metadataOf(entry);
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(entry)) {
            return null;
        }
        try {
            refuseUnsafeDirectory();
            if (!Files.getOwner(meta).getName().equals(Files.getOwner(directory).getName())) {
                throw new IOException("the entry is owned by " + Files.getOwner(meta).getName() + ", not by the cache's owner");
            }
            byte[] file = Files.readAllBytes(meta);
            byte[] payload = payload(file, key);
            if (formOf(file) != METADATA) {
                throw new IOException("not a metadata entry");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            org.wangge.kernel.rules.CheckBudget budget = new org.wangge.kernel.rules.CheckBudget(in.readLong(), in.readLong(),
                    java.time.Duration.ofMillis(in.readLong()));
            int n = in.readInt();
            Map<String, RuleMeta> rules = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                String file2 = in.readUTF();
                int line = in.readInt();
                String constraintId = optional(in);
                org.wangge.kernel.rules.Citation citation = in.readBoolean()
                        ? new org.wangge.kernel.rules.Citation(in.readInt(), in.readInt(), in.readInt()) : null;
                String severity = optional(in);
                String from = optional(in);
                String definition = optional(in);
                String basis = optional(in);
                String verb = optional(in);
                int policies = in.readInt();
                List<String> policyKeys = new ArrayList<>();
                for (int k = 0; k < policies; k++) {
                    policyKeys.add(in.readUTF());
                }
                String messageKey = optional(in);
                rules.put(name, new RuleMeta(name, file2, line, constraintId, citation,
                        severity == null ? null : org.wangge.kernel.rules.Severity.valueOf(severity),
                        from == null ? null : java.time.LocalDate.parse(from), definition,
                        basis == null ? null : org.wangge.kernel.rules.Basis.valueOf(basis),
                        verb == null ? null : org.wangge.kernel.rules.Verb.valueOf(verb), policyKeys, messageKey));
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes");
            }
            return new Metadata(java.util.Collections.unmodifiableMap(rules), budget);
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule pack {}: ignoring compiled-pack metadata entry {} ({})", source.location(), meta, e.toString());
            deleteQuietly(meta);
            return null;
        }
    }

    private static void optional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /**
     * Stores a pack's rule base. Call only once the pack passed every check. Best effort: failures are logged.
     *
     * @param source  the pack's files
     * @param kieBase the rule base compiled from them
     */
    public void store(PackSource source, KieBase kieBase) {
        if (directory == null) {
            return;
        }
        Path temp = null;
        try {
            if (!Files.isDirectory(directory)) {
                createOwnerOnly(directory);
            }
            refuseUnsafeDirectory();
            String key = key(source);
            byte[] kjar = executableModelKjar(kieBase);
            int form = kjar != null ? KJAR : SERIALIZED_PACKAGES;
            byte[] bytes = kjar != null ? kjar : serializedPackages(kieBase);
            temp = Files.createTempFile(directory, key, ".tmp");
            Path entry = directory.resolve(key + SUFFIX);
            writeAtomically(temp, entry, key, form, bytes);
            temp = null;
            LOG.debug("rule pack {}: compiled form stored in {}", source.location(), entry);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("rule pack {}: cannot store its compiled form in {} ({}); the next load compiles again",
                    source.location(), directory, e.toString());
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Writes one cache file — header (magic, format, form, key), the payload's digest and the payload — to {@code temp},
     * then moves it over {@code target} in one step, so that a reader sees the old file or the new one, never a half.
     */
    private static void writeAtomically(Path temp, Path target, String key, int form, byte[] payload) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(form);
            out.writeUTF(key);
            out.write(sha256().digest(payload));
            out.writeInt(payload.length);
            out.write(payload);
        }
        Files.write(temp, file.toByteArray());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Checks the header and digest of an entry's bytes and returns its payload. */
    static byte[] payload(byte[] file, String key) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a compiled-pack entry (bad header)");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("entry format " + format + ", expected " + FORMAT);
        }
        int form = in.readInt();
        if (form != SERIALIZED_PACKAGES && form != KJAR && form != METADATA) {
            throw new IOException("unknown compiled form " + form);
        }
        String stored = in.readUTF();
        if (!stored.equals(key)) {
            throw new IOException("the entry was written for key " + stored);
        }
        byte[] digest = new byte[32];
        in.readFully(digest);
        int length = in.readInt();
        if (length < 0 || length != in.available()) {
            throw new IOException("payload length " + length + " but " + in.available() + " bytes follow (truncated?)");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        if (!MessageDigest.isEqual(digest, sha256().digest(payload))) {
            throw new IOException("payload does not match its SHA-256 (corrupt)");
        }
        return payload;
    }

    /** The form an entry's header names; call after {@link #payload} accepted it. */
    private static int formOf(byte[] file) {
        int at = MAGIC.length + 4;
        return ((file[at] & 0xff) << 24) | ((file[at + 1] & 0xff) << 16) | ((file[at + 2] & 0xff) << 8) | (file[at + 3] & 0xff);
    }

    /**
     * The kjar an executable-model build left in the rule base's container (with its classes as built and
     * checked), else null. Named, not typed: drools-model-compiler need not be on the class path of a classic build.
     */
    static byte[] executableModelKjar(KieBase kieBase) {
        if (kieBase instanceof InternalKnowledgeBase internal && internal.getKieContainer() instanceof KieContainerImpl container
                // by the rule base's name: the main module is looked up in the repository, which PackCompiler empties
                && container.getKieModuleForKBase(internal.getId()) instanceof InternalKieModule module
                && module.getClass().getName().equals("org.drools.modelcompiler.CanonicalKieModule")) {
            return module.getBytes();
        }
        return null;
    }

    private static byte[] serializedPackages(KieBase kieBase) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 21);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return payload.toByteArray();
    }

    private static KieBase fromPackages(List<KiePackage> packages) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, PackCompiler.class.getClassLoader()));
        kieBase.addPackages(packages);
        return kieBase;
    }

    static KieBase fromKjar(byte[] kjar) {
        KieServices ks = KieServices.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        try {
            return ks.newKieContainer(module.getReleaseId()).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(module.getReleaseId()); // as PackCompiler does: no modules piling up
        }
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> readPackages(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload), PackCompiler.class.getClassLoader())) {
            in.setObjectInputFilter(CompiledPackCache::allowed);
            Object read = in.readObject();
            if (!(read instanceof List<?> list) || !list.stream().allMatch(InternalKnowledgePackage.class::isInstance)) {
                throw new IOException("the entry does not hold Drools packages");
            }
            return (List<KiePackage>) (Collection<?>) list;
        }
    }

    /** Deserialization allow-list: the JDK, Drools (and its MVEL) and the kernel's own classes. */
    static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        boolean ok = name.startsWith("java.") || name.startsWith("org.drools.") || name.startsWith("org.kie.")
                || name.startsWith("org.mvel2.") || name.startsWith("org.wangge.kernel.");
        return ok ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    private void refuseUnsafeDirectory() throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException("the cache directory " + directory + " is writable by others ("
                        + PosixFilePermissions.toString(permissions) + "): make it rwx------ or point " + DIR_PROPERTY + " elsewhere");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
    }

    private static void createOwnerOnly(Path directory) throws IOException {
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        List<Path> oldestFirst = new ArrayList<>(entries);
        oldestFirst.sort(Comparator.comparing(CompiledPackCache::modified));
        for (Path old : oldestFirst.subList(0, entries.size() - MAX_ENTRIES)) {
            deleteQuietly(old);
            deleteQuietly(metadataOf(old));
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the pruning order suffers
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", p, e.toString());
        }
    }

    /**
     * What the compiled form depends on besides the pack: kernel-model's and kernel-rules' classes (the facts
     * and functions rules call). A jar counts by path, size and time; a classes folder by every file's.
     */
    static String kernelFingerprint() {
        String f = kernelFingerprint;
        if (f == null) {
            MessageDigest sha = sha256();
            for (Class<?> c : List.of(CitySnapshot.class, PackCompiler.class)) {
                CodeSource code = c.getProtectionDomain().getCodeSource();
                update(sha, c.getName() + " " + c.getPackage().getImplementationVersion());
                if (code != null && code.getLocation() != null) {
                    update(sha, code.getLocation().toString());
                    try {
                        fingerprint(sha, Path.of(code.getLocation().toURI()));
                    } catch (URISyntaxException | IllegalArgumentException | IOException e) {
                        update(sha, "unreadable " + e); // still a key; the rest of the key still separates packs
                    }
                }
            }
            f = HexFormat.of().formatHex(sha.digest());
            kernelFingerprint = f;
        }
        return f;
    }

    private static void fingerprint(MessageDigest sha, Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    update(sha, location.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        } else if (Files.isRegularFile(location)) {
            update(sha, Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis());
        }
    }

    private static void update(MessageDigest sha, String text) {
        update(sha, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        // length first, so that ("ab","c") and ("a","bc") differ
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length});
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
