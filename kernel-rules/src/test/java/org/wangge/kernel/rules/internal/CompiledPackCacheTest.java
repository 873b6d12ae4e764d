package org.wangge.kernel.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.definition.rule.Rule;
import org.opentest4j.AssertionFailedError;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;

/** The compiled-pack cache: a hit gives the same rule base, anything changed or untrustworthy is a miss. */
class CompiledPackCacheTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** A pack no earlier run has compiled (a unique comment), compiled once for all tests here. */
    static PackSource unique;
    static LoadedPack compiled;

    @BeforeAll
    static void compileAUniquePack() throws IOException {
        Path pack = shared.resolve("pack");
        RuleEngine.exportBuiltInPack(pack);
        Path rule = pack.resolve("art08-grid-size-and-kinds.drl");
        Files.writeString(rule, Files.readString(rule) + "\n// " + UUID.randomUUID() + "\n");
        unique = PackSource.directory(pack);
        compiled = PackCompiler.compile(unique);
    }

    private static PackSource changed(PackSource source, String file, String text) {
        TreeMap<String, byte[]> files = new TreeMap<>(source.files());
        files.put(file, (source.text(file) + text).getBytes(StandardCharsets.UTF_8));
        return new PackSource(source.location(), files);
    }

    private Path entryOf(PackSource source) {
        return dir.resolve(CompiledPackCache.key(source) + CompiledPackCache.SUFFIX);
    }

    private static List<String> findings(LoadedPack pack, CitySnapshot snapshot) {
        try (SessionRunner runner = new SessionRunner(pack, snapshot.asOf(), snapshot.jurisdiction())) {
            snapshot.facts().forEach(runner::insert);
            runner.fire();
            return runner.findings().stream().map(Finding::toString).toList();
        }
    }

    private static Set<String> ruleNames(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).collect(Collectors.toSet());
    }

    @Test
    void a_loaded_rule_base_has_the_same_rules_and_gives_the_same_findings() {
        CompiledPackCache cache = CompiledPackCache.at(dir);
        assertThat(cache.load(unique)).as("nothing stored yet").isNull();
        cache.store(unique, compiled.kieBase());
        assertThat(entryOf(unique)).isRegularFile();

        KieBase loaded = cache.load(unique);
        assertThat(loaded).isNotNull();
        assertThat(ruleNames(loaded)).hasSize(ruleNames(compiled.kieBase()).size()).isEqualTo(ruleNames(compiled.kieBase()));
        LoadedPack fromCache = new LoadedPack(compiled.info(), loaded, compiled.catalogue(), compiled.parameters(),
                compiled.calendar(), compiled.rules(), compiled.source(), compiled.messages());

        CitySnapshot unfiled = CompliantCity.without(f -> f instanceof Filing);
        List<String> fresh = findings(compiled, unfiled);
        assertThat(fresh).as("the unfiled city breaches Art. 7").isNotEmpty();
        assertThat(findings(fromCache, unfiled)).isEqualTo(fresh);
        assertThat(findings(fromCache, CompliantCity.snapshot())).isEqualTo(findings(compiled, CompliantCity.snapshot())).isEmpty();
    }

    @Test
    void an_executable_model_build_is_kept_as_its_kjar_with_the_classes_as_built() {
        // The executable model's lambdas cannot be serialized: its entry holds the kjar instead.
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("org.wangge.rulepack", "cache-test-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/org/wangge/cachetest/echo.drl", String.join("\n",
                "package org.wangge.cachetest;",
                "global java.util.List seen;",
                "rule \"echo\" @constraintId(\"ZG-00-00\") when $s : String( length > 2 ) then seen.add($s.toUpperCase()); end", ""));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        KieBase built = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        assertThat(CompiledPackCache.executableModelKjar(built)).isNotNull();
        assertThat(CompiledPackCache.executableModelKjar(compiled.kieBase()))
                .as("every pack builds with the executable model (the sandbox checks its bytecode): its kjar is kept").isNotNull();

        PackSource source = new PackSource("memory", new TreeMap<>(java.util.Map.of("echo.drl", "x".getBytes(StandardCharsets.UTF_8))));
        CompiledPackCache cache = CompiledPackCache.at(dir);
        cache.store(source, built);
        KieBase loaded = cache.load(source);
        assertThat(loaded).isNotNull();
        assertThat(loaded.getRule("org.wangge.cachetest", "echo").getMetaData()).containsEntry("constraintId", "ZG-00-00");
        List<Object> seen = new ArrayList<>();
        KieSession session = loaded.newKieSession();
        try {
            session.setGlobal("seen", seen);
            session.insert("ab");
            session.insert("abc");
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(seen).containsExactly("ABC");
    }

    @Test
    void a_changed_file_gives_another_key_and_misses() {
        CompiledPackCache cache = CompiledPackCache.at(dir);
        cache.store(unique, compiled.kieBase());
        PackSource edited = changed(unique, "parameters.toml", "\n# a comment changes the bytes\n");
        assertThat(CompiledPackCache.key(edited)).isNotEqualTo(CompiledPackCache.key(unique));
        assertThat(cache.load(edited)).isNull();
        TreeMap<String, byte[]> renamed = new TreeMap<>(unique.files());
        renamed.put("calendar.txt", new byte[0]);
        assertThat(CompiledPackCache.key(new PackSource(unique.location(), renamed))).as("a file added").isNotEqualTo(CompiledPackCache.key(unique));
        assertThat(CompiledPackCache.key(new PackSource("elsewhere", unique.files()))).as("the location is not content")
                .isEqualTo(CompiledPackCache.key(unique));
    }

    @Test
    void a_corrupt_entry_is_deleted_and_ignored() throws IOException {
        CompiledPackCache cache = CompiledPackCache.at(dir);
        cache.store(unique, compiled.kieBase());
        Path entry = entryOf(unique);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(entry, bytes);
        assertThat(cache.load(unique)).isNull();
        assertThat(entry).doesNotExist();

        cache.store(unique, compiled.kieBase());
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 100));
        assertThat(cache.load(unique)).as("truncated").isNull();
        assertThat(entry).doesNotExist();

        Files.writeString(entry, "not an entry at all");
        assertThat(cache.load(unique)).isNull();
        assertThat(entry).doesNotExist();
    }

    @Test
    void another_packs_entry_under_this_packs_name_is_refused() throws IOException {
        CompiledPackCache cache = CompiledPackCache.at(dir);
        PackSource other = changed(unique, "pack.properties", "\n# other\n");
        cache.store(unique, compiled.kieBase());
        Files.move(entryOf(unique), entryOf(other));
        assertThat(cache.load(other)).isNull();
        assertThat(entryOf(other)).doesNotExist();
    }

    @Test
    void a_well_formed_entry_holding_other_classes_is_refused_before_they_are_built() throws IOException {
        String key = CompiledPackCache.key(unique);
        for (Object payload : List.<Object>of(new AssertionFailedError("not a Drools class"), new ArrayList<>(List.of("not a package")))) {
            writeEntry(entryOf(unique), key, payload);
            assertThat(CompiledPackCache.at(dir).load(unique)).as(payload.getClass().getName()).isNull();
            assertThat(entryOf(unique)).doesNotExist();
        }
    }

    @Test
    void a_cache_directory_others_may_write_is_not_trusted() throws IOException {
        CompiledPackCache cache = CompiledPackCache.at(dir);
        cache.store(unique, compiled.kieBase());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(cache.load(unique)).isNull();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        cache.store(unique, compiled.kieBase());
        assertThat(cache.load(unique)).isNotNull();
    }

    @Test
    void a_new_cache_directory_is_created_for_its_owner_only_and_off_writes_nothing() throws IOException {
        Path fresh = dir.resolve("a/b/wangge");
        CompiledPackCache.at(fresh).store(unique, compiled.kieBase());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");

        CompiledPackCache off = CompiledPackCache.off();
        off.store(unique, compiled.kieBase());
        assertThat(off.load(unique)).isNull();
        assertThat(off.directory()).isNull();
    }

    @Test
    void only_the_most_recently_used_entries_are_kept() throws IOException {
        CompiledPackCache cache = CompiledPackCache.at(dir);
        for (int i = 0; i < CompiledPackCache.MAX_ENTRIES + 2; i++) {
            Files.writeString(dir.resolve("old-" + i + CompiledPackCache.SUFFIX), "x");
            Files.setLastModifiedTime(dir.resolve("old-" + i + CompiledPackCache.SUFFIX), java.nio.file.attribute.FileTime.fromMillis(1000L * i));
        }
        cache.store(unique, compiled.kieBase());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(CompiledPackCache.MAX_ENTRIES).contains(entryOf(unique).getFileName().toString())
                    .doesNotContain("old-0" + CompiledPackCache.SUFFIX, "old-1" + CompiledPackCache.SUFFIX, "old-2" + CompiledPackCache.SUFFIX);
        }
    }

    @Test
    void the_compiler_stores_a_pack_that_passed_its_checks_and_never_one_that_failed() throws IOException {
        CompiledPackCache standard = CompiledPackCache.standard();
        assertThat(standard.directory()).as("surefire points wangge.cache.dir into target/").isNotNull();
        assertThat(standard.load(unique)).as("stored by the compile in @BeforeAll").isNotNull();

        PackSource badMetadata = new PackSource(unique.location(), new TreeMap<>(unique.files()));
        badMetadata.files().put("art08-grid-size-and-kinds.drl", unique.text("art08-grid-size-and-kinds.drl")
                .replaceFirst("@severity\\(\"WARNING\"\\)", "@severity(\"SOMETIMES\")").getBytes(StandardCharsets.UTF_8));
        assertThat(badMetadata.text("art08-grid-size-and-kinds.drl")).contains("SOMETIMES");
        assertThatThrownBy(() -> PackCompiler.compile(badMetadata)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("SOMETIMES");
        assertThat(standard.load(badMetadata)).as("compiled, but refused by the metadata check: not stored").isNull();
    }

    // ---------------------------------------------------------------------------------- the sandbox on kept classes (issue 17)

    /** The kjar an entry of the standard cache holds for {@code source}. */
    private static byte[] keptKjar(PackSource source) throws IOException {
        Path entry = CompiledPackCache.standard().directory().resolve(CompiledPackCache.key(source) + CompiledPackCache.SUFFIX);
        return CompiledPackCache.payload(Files.readAllBytes(entry), CompiledPackCache.key(source));
    }

    /** The kjar with one more class in it. */
    private static byte[] withClass(byte[] kjar, String internalName, byte[] bytecode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(kjar));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(internalName + ".class"));
            zip.write(bytecode);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A class whose one static method runs {@code body} (then returns). */
    private static byte[] classWith(String internalName, java.util.function.Consumer<org.objectweb.asm.MethodVisitor> body) {
        org.objectweb.asm.ClassWriter w = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
        w.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        org.objectweb.asm.MethodVisitor m = w.visitMethod(org.objectweb.asm.Opcodes.ACC_PUBLIC | org.objectweb.asm.Opcodes.ACC_STATIC,
                "run", "()V", null, null);
        m.visitCode();
        body.accept(m);
        m.visitInsn(org.objectweb.asm.Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static void writeKjarEntry(Path entry, String key, byte[] kjar) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write("WANGGE-COMPILED-PACK\n".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(1);
            out.writeInt(CompiledPackCache.KJAR);
            out.writeUTF(key);
            try {
                out.write(MessageDigest.getInstance("SHA-256").digest(kjar));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            out.writeInt(kjar.length);
            out.write(kjar);
        }
        Files.write(entry, file.toByteArray());
    }

    private static final String BUDGET = "org/wangge/kernel/rules/internal/sandbox/Budget";

    @Test
    void a_kept_kjar_passes_the_sandbox_again_with_its_budget_checks_and_only_in_their_own_form() throws IOException {
        byte[] kjar = keptKjar(unique);
        assertThat(org.wangge.kernel.rules.internal.sandbox.PackSandbox.recheckKjar(kjar)).as("the kjar as built and instrumented").isEmpty();
        String cls = "org/wangge/kernel/rules/zigong/Extra";
        byte[] tick = classWith(cls, m -> m.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false));
        assertThat(org.wangge.kernel.rules.internal.sandbox.PackSandbox.recheckKjar(withClass(kjar, cls, tick)))
                .as("invokestatic Budget.tick()V is what the instrumentation adds").isEmpty();
        byte[] handle = classWith(cls, m -> {
            m.visitLdcInsn(new org.objectweb.asm.Handle(org.objectweb.asm.Opcodes.H_INVOKESTATIC, BUDGET, "tick", "()V", false));
            m.visitInsn(org.objectweb.asm.Opcodes.POP);
        });
        assertThat(org.wangge.kernel.rules.internal.sandbox.PackSandbox.recheckKjar(withClass(kjar, cls, handle)))
                .as("a method handle to Budget.tick is not the instrumentation's form").singleElement().asString()
                .contains("Budget.tick");
        byte[] window = classWith(cls, m -> {
            m.visitFieldInsn(org.objectweb.asm.Opcodes.GETSTATIC, BUDGET, "CURRENT", "Ljava/lang/ThreadLocal;");
            m.visitInsn(org.objectweb.asm.Opcodes.POP);
        });
        assertThat(org.wangge.kernel.rules.internal.sandbox.PackSandbox.recheckKjar(withClass(kjar, cls, window)))
                .as("any other member of Budget stays refused").singleElement().asString().contains("Budget.CURRENT");
    }

    @Test
    void a_tampered_kjar_entry_is_refused_naming_the_entry_and_the_pack_is_compiled_afresh() throws IOException, Exception {
        CompiledPackCache standard = CompiledPackCache.standard();
        String key = CompiledPackCache.key(unique);
        Path entry = standard.directory().resolve(key + CompiledPackCache.SUFFIX);
        assertThat(standard.load(unique)).as("stored by the compile in @BeforeAll").isNotNull();
        // A well-formed entry (header, key and digest recomputed, as anyone who can write the directory can) whose kjar
        // holds one more class: it starts a process.
        String cls = "org/wangge/kernel/rules/zigong/Tampered";
        byte[] exec = classWith(cls, m -> {
            m.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;", false);
            m.visitLdcInsn("touch /tmp/wangge-tampered-cache");
            m.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", "exec", "(Ljava/lang/String;)Ljava/lang/Process;", false);
            m.visitInsn(org.objectweb.asm.Opcodes.POP);
        });
        writeKjarEntry(entry, key, withClass(keptKjar(unique), cls, exec));

        assertThatThrownBy(() -> standard.read(entry, key)).isInstanceOf(CompiledPackCache.UnsafeEntryException.class)
                .hasMessageContaining(entry.toString()).hasMessageContaining("refused by the sandbox")
                .hasMessageContaining("org.wangge.kernel.rules.zigong.Tampered.run uses java.lang.Runtime");
        assertThat(standard.load(unique)).as("refused: a miss").isNull();
        assertThat(entry).as("the refused entry is deleted").doesNotExist();

        LoadedPack again = PackCompiler.compile(unique);
        assertThat(again.rules()).isEqualTo(compiled.rules());
        assertThat(findings(again, CompliantCity.without(f -> f instanceof Filing))).isEqualTo(findings(compiled,
                CompliantCity.without(f -> f instanceof Filing)));
        assertThat(entry).as("compiled afresh and stored again").isRegularFile();
        assertThat(org.wangge.kernel.rules.internal.sandbox.PackSandbox.recheckKjar(keptKjar(unique))).isEmpty();
        assertThat(Path.of("/tmp/wangge-tampered-cache")).as("nothing of the tampered entry ran").doesNotExist();
    }

    @Test
    void a_pack_whose_metadata_the_cache_keeps_is_served_without_its_rule_base_until_a_check_needs_it() {
        CompiledPackCache standard = CompiledPackCache.standard();
        PackCompiler.remember(compiled, org.wangge.kernel.rules.CheckBudget.DEFAULT);
        CompiledPackCache.Metadata meta = standard.loadMetadata(unique);
        assertThat(meta).isNotNull();
        assertThat(meta.rules()).isEqualTo(compiled.rules());
        assertThat(PackCompiler.fromCache(unique, new org.wangge.kernel.rules.CheckBudget(1, 1, java.time.Duration.ofSeconds(1))))
                .as("a trial run under a more generous budget says nothing of a tighter one").isNull();
        LoadedPack known = PackCompiler.fromCache(unique, org.wangge.kernel.rules.CheckBudget.DEFAULT);
        assertThat(known).isNotNull();
        assertThat(known.rules()).isEqualTo(compiled.rules());
        assertThat(known.catalogue()).isEqualTo(compiled.catalogue());
        assertThat(known.info()).isEqualTo(compiled.info());
        assertThat(findings(known, CompliantCity.without(f -> f instanceof Filing)))
                .isEqualTo(findings(compiled, CompliantCity.without(f -> f instanceof Filing))).isNotEmpty();
    }

    private static void writeEntry(Path entry, String key, Object payload) throws IOException {
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
            out.writeObject(payload);
        }
        byte[] bytes = serialized.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write("WANGGE-COMPILED-PACK\n".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(1);
            out.writeInt(CompiledPackCache.SERIALIZED_PACKAGES);
            out.writeUTF(key);
            try {
                out.write(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        Files.write(entry, file.toByteArray());
    }
}
