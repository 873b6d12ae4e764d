package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;

/**
 * The token binder ({@link FastBinder}) builds what the node binder builds, and leaves to it only the
 * elements that have a problem: the snapshot read through the stream equals the one bound from the whole node
 * tree, value for value, and the problems of a broken file are the same.
 */
class FastBinderTest {

    /** Streams {@code text} through a FastBinder alone and returns it, with the lists it built. */
    private static FastBinder stream(String text, String name, Map<String, List<Object>> lists) {
        FastBinder fast = new FastBinder(lists, (node, ft, path) -> {
            // decimals are read by the node binder's own rules, one value at a time; nothing else of these files
            assertThat(ft.kind).as(path + " = " + node.text()).isEqualTo(FieldType.Kind.DECIMAL);
            return new java.math.BigDecimal(node.text());
        }, () -> { }, () -> { });
        if (name.endsWith(".bytes")) { // JSON from its bytes, through Jackson's UTF-8 parser (SnapshotFiles.read(Path))
            FileSyntax.stream(new Utf8Bytes(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    name, fast);
        } else {
            FileSyntax.stream(FileInput.of(new StringReader(text)), name, name.endsWith(".json"), fast);
        }
        return fast;
    }

    /** The whole text as nodes, bound by the node binder alone (the reader of scenario documents). */
    private static CitySnapshot byNodes(String text, String name) {
        return SnapshotReader.read(FileSyntax.compose(new StringReader(text), name, name.endsWith(".json")), name, true);
    }

    @Test
    void every_element_of_the_rich_and_the_compliant_city_is_bound_from_the_tokens_in_both_formats() {
        for (CitySnapshot city : List.of(RichCity.snapshot(), CompliantCity.snapshot())) {
            for (String name : List.of("city.yaml", "city.json", "city.json.bytes")) {
                String text = name.endsWith(".yaml") ? SnapshotFiles.toYaml(city) : SnapshotFiles.toJson(city);
                Map<String, List<Object>> lists = new HashMap<>();
                FastBinder fast = stream(text, name, lists);
                assertThat(fast.failed).as(name + ": elements left to the node binder").isEmpty();
                CitySnapshot streamed = SnapshotFiles.read(new StringReader(text), name.replace(".bytes", ""));
                assertThat(streamed).isEqualTo(city).isEqualTo(byNodes(text, name.replace(".bytes", "")));
                assertThat(lists.get("grids")).isEqualTo(city.grids());
                assertThat(lists.get("cases")).isEqualTo(city.cases());
            }
        }
    }

    @Test
    void equal_texts_dates_and_date_times_are_shared_and_ids_are_not() {
        String json = SnapshotFiles.toJson(CompliantCity.snapshot());
        CitySnapshot s = SnapshotFiles.read(new StringReader(json), "city.json");
        var a = s.assignments();
        int pairs = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (a.get(i).assignedById().equals(a.get(k).assignedById())) {
                    assertThat(a.get(i).assignedById()).isSameAs(a.get(k).assignedById());
                    pairs++;
                }
                assertThat(a.get(i).id()).isNotSameAs(a.get(k).id());
            }
        }
        assertThat(pairs).as("assignments made by the same organisation").isPositive();
        var timelines = s.cases().stream().map(c -> c.timeline().collected()).toList();
        for (int i = 0; i < timelines.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (timelines.get(i).equals(timelines.get(k))) {
                    assertThat(timelines.get(i)).isSameAs(timelines.get(k));
                }
            }
        }
    }

    @Test
    void a_field_of_mostly_new_texts_stops_being_shared_after_the_sample_and_a_field_of_repeated_texts_stays_shared() {
        int[] counts = FastBinder.TextSharing.counts(2);
        for (int n = 0; n < FastBinder.TextSharing.SAMPLE; n++) {
            assertThat(FastBinder.TextSharing.off(counts, 0)).as("before the sample is complete").isFalse();
            FastBinder.TextSharing.count(counts, 0, n % 10 == 0); // one text in ten seen before (resident refs)
            FastBinder.TextSharing.count(counts, 1, n % 2 == 0); // one in two (case ids in the accesses)
        }
        assertThat(FastBinder.TextSharing.off(counts, 0)).isTrue();
        assertThat(FastBinder.TextSharing.off(counts, 1)).isFalse();
        for (int n = 0; n < 2 * FastBinder.TextSharing.SAMPLE; n++) {
            FastBinder.TextSharing.count(counts, 1, false); // decided once: later misses do not turn it off
        }
        assertThat(FastBinder.TextSharing.off(counts, 1)).isFalse();
    }

    @Test
    void a_value_in_a_form_the_token_binder_does_not_read_is_read_by_the_node_binder_in_place() {
        String yaml = SnapshotFiles.toYaml(CompliantCity.snapshot());
        String odd = yaml.replaceFirst("collected: '2025-06-02T09:00'", "collected: '2025-06-02 09:00'")
                .replaceFirst("households: (\\d+)", "households: '+$1'");
        assertThat(odd).isNotEqualTo(yaml);
        assertThat(SnapshotFiles.read(new StringReader(odd), "odd.yaml")).isEqualTo(CompliantCity.snapshot())
                .isEqualTo(byNodes(odd, "odd.yaml"));
    }

    @Test
    void a_broken_element_among_good_ones_gives_the_node_binders_problems_and_the_good_ones_keep_their_order() {
        String json = SnapshotFiles.toJson(CompliantCity.snapshot());
        String broken = json.replaceFirst("\"households\": (\\d+)", "\"households\": \"many\", \"colour\": \"red\"");
        SnapshotFileException streamed = catchThrowableOfType(SnapshotFileException.class,
                () -> SnapshotFiles.read(new StringReader(broken), "broken.json"));
        SnapshotFileException nodes = catchThrowableOfType(SnapshotFileException.class, () -> byNodes(broken, "broken.json"));
        assertThat(streamed).isNotNull();
        assertThat(streamed.problems()).hasSize(2).isEqualTo(nodes.problems());
        assertThat(streamed.problems()).extracting(FileProblem::field).containsExactly("grids[0].households", "grids[0].colour");
    }
}
