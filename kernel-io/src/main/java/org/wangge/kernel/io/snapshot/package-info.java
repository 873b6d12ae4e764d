/**
 * The snapshot file format {@code wangge-snapshot/1}: a city snapshot as a YAML or JSON file.
 *
 * <p>{@link org.wangge.kernel.io.snapshot.SnapshotFiles} reads and writes files;
 * {@link org.wangge.kernel.io.snapshot.SnapshotDocument} is the parsed tree of
 * {@link org.wangge.kernel.io.snapshot.FileNode}s that scenario files patch before turning it into a {@link org.wangge.kernel.model.snapshot.CitySnapshot}. A file
 * that does not describe a valid snapshot raises a
 * {@link org.wangge.kernel.io.snapshot.SnapshotFileException} listing every problem found, each
 * as a {@link org.wangge.kernel.io.snapshot.FileProblem} with file, line and column. The format
 * is described in {@code docs/snapshot-format.md} and by the JSON Schema
 * {@code wangge-snapshot-1.schema.json} next to these classes.
 *
 * <p>Files are parsed and written through Jackson's streaming API (jackson-core for JSON,
 * jackson-dataformat-yaml for YAML), under the limits of {@code docs/snapshot-format.md} §9; no Jackson
 * type appears in a public signature. The mapping between records and files is generic: it follows the
 * record components of the model (their order, names and types, classified once by {@code FieldType}),
 * so a new model field needs no code here, and a field of a new kind of type is one case in
 * {@code FieldType}.
 */
package org.wangge.kernel.io.snapshot;
