package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;

/**
 * The committed schema, the generated part of docs/snapshot-format.md and the example snapshots stay
 * what the code generates today. Regenerate them all with
 * {@code mvn -pl kernel-io test -Dtest='org.wangge.kernel.io.snapshot.**' -Dwangge.updateDocs=true}.
 */
class SnapshotFormatFilesTest {

    private static final boolean UPDATE = Boolean.getBoolean("wangge.updateDocs");
    private static final String HINT = " is stale: regenerate with -Dwangge.updateDocs=true";

    private static final Path ROOT = root();
    private static final Path SCHEMA = ROOT.resolve(
            "kernel-io/src/main/resources/org/wangge/kernel/io/snapshot/wangge-snapshot-1.schema.json");
    private static final Path SCHEMA_DOC_COPY = ROOT.resolve("docs/snapshot.schema.json");
    private static final Path FORMAT_DOC = ROOT.resolve("docs/snapshot-format.md");
    private static final Path EXAMPLE_YAML = ROOT.resolve("examples/snapshots/compliant-city.yaml");
    private static final Path EXAMPLE_JSON = ROOT.resolve("examples/snapshots/compliant-city.json");

    static final String BEGIN = "<!-- BEGIN GENERATED FIELD TABLES (SnapshotFormatFilesTest; do not edit by hand) -->";
    static final String END = "<!-- END GENERATED FIELD TABLES -->";

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(ROOT.resolve("kernel-model/src/main/java"));

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("kernel-io")) ? here : here.getParent();
    }

    private static void check(Path file, String fresh) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, fresh, StandardCharsets.UTF_8);
        }
        assertThat(file).as(file + " exists (generate it with -Dwangge.updateDocs=true)").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(ROOT.relativize(file) + HINT).isEqualTo(fresh);
    }

    @Test
    void the_committed_json_schema_is_the_one_generated_from_the_records() throws IOException {
        String schema = GENERATOR.schema();
        check(SCHEMA, schema);
        check(SCHEMA_DOC_COPY, schema);
    }

    @Test
    void the_schema_is_on_the_classpath_next_to_the_reader() throws IOException {
        try (var in = SnapshotFiles.class.getResourceAsStream("wangge-snapshot-1.schema.json")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"$id\": \"" + SchemaGenerator.SCHEMA_ID + "\"");
        }
    }

    @Test
    void the_schema_describes_every_list_and_every_field_of_the_model() throws IOException {
        FileNode.Mapping schema = (FileNode.Mapping) SnapshotFiles.compose(new StringReader(GENERATOR.schema()), "schema.json");
        FileNode.Mapping properties = (FileNode.Mapping) schema.get("properties");
        assertThat(properties.entries()).extracting(FileNode.Entry::name)
                .containsExactlyElementsOf(SnapshotFormat.topLevelKeys());
        FileNode.Mapping defs = (FileNode.Mapping) schema.get("$defs");
        for (Class<?> type : SnapshotFormat.LISTS.values()) {
            FileNode.Mapping def = (FileNode.Mapping) defs.get(type.getSimpleName());
            assertThat(def).as(type.getSimpleName()).isNotNull();
            assertThat(((FileNode.Mapping) def.get("properties")).entries()).hasSize(type.getRecordComponents().length);
        }
    }

    @Test
    void the_field_tables_of_the_format_documentation_are_generated_from_the_records() throws IOException {
        assertThat(FORMAT_DOC).exists();
        String doc = Files.readString(FORMAT_DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/snapshot-format.md has the markers " + BEGIN + " … " + END).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String fresh = doc.substring(0, begin + BEGIN.length()) + "\n\n" + GENERATOR.fieldTables() + "\n"
                + doc.substring(end);
        check(FORMAT_DOC, fresh);
    }

    @Test
    void the_example_files_are_what_the_writer_writes_for_the_compliant_city() throws IOException {
        check(EXAMPLE_YAML, SnapshotFiles.toYaml(CompliantCity.snapshot()));
        check(EXAMPLE_JSON, SnapshotFiles.toJson(CompliantCity.snapshot()));
    }

    @Test
    void reading_the_example_files_gives_the_compliant_city() {
        assertThat(SnapshotFiles.read(EXAMPLE_YAML)).isEqualTo(CompliantCity.snapshot());
        assertThat(SnapshotFiles.read(EXAMPLE_JSON)).isEqualTo(CompliantCity.snapshot());
    }

    /** The samples as committed before the reader moved to Jackson (commit 0e080bd), and the block layout of before that. */
    @Test
    void files_written_by_the_earlier_readers_layouts_still_load() {
        for (String name : java.util.List.of("legacy/compliant-city-0e080bd.yaml", "legacy/compliant-city-0e080bd.json",
                "compliant-city-block-layout.yaml", "compliant-city-block-layout.json")) {
            assertThat(SnapshotFiles.read(ROOT.resolve("kernel-io/src/test/resources").resolve(name))).as(name)
                    .isEqualTo(CompliantCity.snapshot());
        }
    }
}
