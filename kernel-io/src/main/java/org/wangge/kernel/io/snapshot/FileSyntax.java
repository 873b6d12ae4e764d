package org.wangge.kernel.io.snapshot;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.wangge.kernel.io.report.PersonalDataMask;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * YAML and JSON text as {@link FileNode} trees, through Jackson's streaming parsers (JSON by
 * jackson-core, YAML by jackson-dataformat-yaml), under {@link Limits}. YAML aliases and tags are refused:
 * a snapshot is plain data, so nothing is expanded and nothing is instantiated. Problems of the text are
 * thrown as a {@link SnapshotFileException} with file, line, column and the field being read.
 */
final class FileSyntax {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING)
            .maxStringLength(Limits.MAX_VALUE_CHARS)
            .maxNameLength(Limits.MAX_KEY_CHARS)
            .maxNumberLength(Limits.MAX_NUMBER_CHARS)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .yamlSchema(YAMLSchema.CORE) // ~, null, Null, NULL and nothing are null; 'null' is text
            .loadSettings(LoadSettings.builder()
                    .setAllowDuplicateKeys(true) // reported by the reader, with both lines
                    .setMaxAliasesForCollections(0) // never expanded (aliases are refused anyway)
                    .setAllowRecursiveKeys(false)
                    .setAllowNonScalarKeys(false)
                    // a scale-M city is over a GB of text; what bounds memory is the limit per value, not per file
                    .setCodePointLimit(Integer.MAX_VALUE)
                    .setUseMarks(true)
                    .build())
            .build();

    /** The text under the parser: where the value limit restarts (before each token), and where it is now. */
    interface TokenGate {
        /** Called before each token: the limit of a value counts from here. */
        void token();

        /** @return the line being read (1-based), or 0 when not counted */
        int line();

        /** @return the column being read (1-based), or 0 when not counted */
        int column();
    }

    /** Receives the elements of the streamed top-level lists, one at a time, in file order. */
    interface ElementVisitor {
        /**
         * @param listKey the top-level list, e.g. {@code grids}
         * @param type    its element record type
         * @param index   the element's index in the list
         * @param item    the element (any node: checking it is the visitor's business)
         */
        void element(String listKey, Class<?> type, int index, FileNode item);
    }

    /**
     * Reads the elements of the streamed top-level lists straight from the tokens (see {@link FastBinder}).
     */
    interface ElementReader {
        /**
         * Consumes one element whole: the parser is at its first token {@code first}, the path ends with its
         * index, and when this returns the parser must be at the element's last token.
         *
         * @param listKey the top-level list, e.g. {@code grids}
         * @param type    its element record type
         * @param index   the element's index in the list
         * @param first   the element's first token
         * @param syntax  the text being read
         */
        void element(String listKey, Class<?> type, int index, JsonToken first, FileSyntax syntax);

        /**
         * Called at the end of each streamed top-level list whose elements went to {@link #element}: the parser is at
         * its {@code END_ARRAY}.
         *
         * @param listKey the list
         * @param count   how many elements it had
         * @param syntax  the text being read
         */
        default void endList(String listKey, int count, FileSyntax syntax) {
        }
    }

    /**
     * @param node     the root node (null for an empty text); streamed lists are empty placeholders in it
     * @param streamed the placeholders, each with its list key (by identity)
     */
    record Root(FileNode node, Map<FileNode, String> streamed) {
    }

    /** The parser; {@link FastBinder} reads its tokens through {@link #next()}. */
    final JsonParser parser;
    private final TokenGate input;
    final String file;
    /** The path being read, for the field of a problem: keys and indexes, {@link #depth} of them. */
    private final Object[] path = new Object[Limits.MAX_NESTING + 4];
    private int depth;

    /** Whether the parser reads YAML (aliases and tags must be looked for at each token). */
    final boolean yaml;

    private FileSyntax(FileInput input, String file, boolean json) {
        this.yaml = !json;
        this.input = input;
        this.file = file;
        this.parser = (json ? JSON : YAML).createParser(ObjectReadContext.empty(), input);
    }

    /** JSON from its bytes, through Jackson's UTF-8 parser (positions then count bytes, not characters). */
    private FileSyntax(Utf8Bytes input, String file) {
        this.yaml = false;
        this.input = input;
        this.file = file;
        this.parser = JSON.createParser(ObjectReadContext.empty(), input);
    }

    /**
     * Reads a whole text into a tree.
     *
     * @param text the text (not closed)
     * @param file the name positions carry
     * @param json whether it is JSON (else YAML)
     * @return the root node, or null for an empty text
     * @throws SnapshotFileException on a syntax error or a limit crossed
     */
    static FileNode compose(Reader text, String file, boolean json) {
        return read(FileInput.of(text), file, json, null).node();
    }

    /**
     * Reads a text, handing each element of a top-level list of the snapshot format to {@code visitor}
     * instead of keeping it (when {@code visitor} is not null).
     *
     * @param input   the text (not closed)
     * @param file    the name positions carry
     * @param json    whether it is JSON (else YAML)
     * @param visitor receives the elements of the top-level lists, or null to keep everything
     * @return the root
     * @throws SnapshotFileException on a syntax error or a limit crossed
     */
    static Root read(FileInput input, String file, boolean json, ElementVisitor visitor) {
        return stream(input, file, json, visitor == null ? null
                : (listKey, type, index, first, syntax) -> visitor.element(listKey, type, index, syntax.node(first)));
    }

    /**
     * Reads a text, handing each element of a top-level list of the snapshot format to {@code reader}, which
     * consumes its tokens (when {@code reader} is not null; else everything is kept as nodes).
     *
     * @param input  the text (not closed)
     * @param file   the name positions carry
     * @param json   whether it is JSON (else YAML)
     * @param reader reads the elements of the top-level lists, or null to keep everything
     * @return the root
     * @throws SnapshotFileException on a syntax error or a limit crossed
     */
    static Root stream(FileInput input, String file, boolean json, ElementReader reader) {
        return stream(new FileSyntax(input, file, json), reader);
    }

    /**
     * Reads JSON from its bytes as {@link #stream(FileInput, String, boolean, ElementReader)} does, faster; the
     * positions of its nodes and problems count bytes, not characters, so a caller that meets a problem reads the
     * text again through a {@link FileInput} to report it (see {@link Utf8Bytes}).
     *
     * @param input  the bytes (not closed)
     * @param file   the name positions carry
     * @param reader reads the elements of the top-level lists
     * @return the root
     * @throws SnapshotFileException on a syntax error, invalid UTF-8 or a limit crossed (positions in bytes)
     */
    static Root stream(Utf8Bytes input, String file, ElementReader reader) {
        FileSyntax syntax;
        try {
            syntax = new FileSyntax(input, file); // Jackson reads the first bytes here, to tell their encoding
        } catch (JacksonException e) {
            // no position in characters here: the caller reads the text again as characters, which locates it
            throw new SnapshotFileException(List.of(new FileProblem(file, 1, 1, "", "cannot be read as UTF-8 JSON")));
        }
        return stream(syntax, reader);
    }

    /**
     * Reads a JSON array of elements of one top-level list from its bytes (a part of a file, see {@link SplitRead}),
     * handing each to {@code reader} as {@link #stream(Utf8Bytes, String, ElementReader)} would; fields are named
     * {@code listKey[i]...} with {@code i} counted from 0 in this part.
     *
     * @throws SnapshotFileException on any problem of the text (positions in bytes of the part: read it again)
     */
    static void streamList(Utf8Bytes input, String file, String listKey, Class<?> type, ElementReader reader) {
        FileSyntax syntax;
        try {
            syntax = new FileSyntax(input, file);
        } catch (JacksonException e) {
            throw new SnapshotFileException(List.of(new FileProblem(file, 1, 1, "", "cannot be read as UTF-8 JSON")));
        }
        try {
            syntax.expect(syntax.next(), JsonToken.START_ARRAY);
            syntax.push(listKey);
            int index = 0;
            JsonToken item;
            while ((item = syntax.next()) != JsonToken.END_ARRAY) {
                syntax.push(index);
                reader.element(listKey, type, index, item, syntax);
                syntax.pop();
                index++;
            }
            syntax.pop();
            if (syntax.next() != null) {
                throw new SnapshotFileException(List.of(new FileProblem(file, 1, 1, listKey, "more after the list")));
            }
        } catch (JacksonException e) {
            throw syntax.failure(e);
        } finally {
            syntax.parser.close();
        }
    }

    private static Root stream(FileSyntax syntax, ElementReader reader) {
        try {
            return syntax.root(reader);
        } catch (JacksonException e) {
            throw syntax.failure(e);
        } finally {
            syntax.parser.close(); // the text itself is the caller's to close
        }
    }

    /** @return whether a text of this name (or, for another name, that starts like this) is JSON */
    static boolean isJson(String name, String start) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        String s = start.strip();
        return s.startsWith("{") && (s.substring(1).strip().startsWith("\"") || s.substring(1).strip().startsWith("}"));
    }

    // ---------------------------------------------------------------------------------- the tree

    /** @return the next token (the value limit counts from here) */
    JsonToken next() {
        input.token();
        return parser.nextToken();
    }

    /**
     * Reads the next token as the name of a field and matches it, for {@link FastBinder} (the value limit counts from
     * here, as for {@link #next()}).
     *
     * @return the index of the name in the matcher, {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for another name
     *         ({@code parser.currentName()} then gives it), {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the
     *         mapping, {@link PropertyNameMatcher#MATCH_ODD_TOKEN} for any other token
     */
    int nextNameMatch(PropertyNameMatcher matcher) {
        input.token();
        return parser.nextNameMatch(matcher);
    }

    /** @return a matcher of these names, as Jackson's JSON parsers match them (by their bytes, for the byte parser) */
    static PropertyNameMatcher nameMatcher(List<tools.jackson.core.util.Named> names) {
        return JSON.constructNameMatcher(names, false);
    }

    private Root root(ElementReader visitor) {
        JsonToken t = next();
        if (t == null) {
            return new Root(null, Map.of());
        }
        Map<FileNode, String> streamed = new IdentityHashMap<>();
        FileNode root;
        if (t == JsonToken.START_OBJECT && visitor != null) {
            refuseAliasOrTag();
            root = streamRoot(visitor, streamed);
        } else {
            root = node(t);
        }
        if (next() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw new SnapshotFileException(List.of(new FileProblem(file, at.getLineNr(), at.getColumnNr(), "",
                    "not valid YAML or JSON: a snapshot file holds one document; this is a second one")));
        }
        return new Root(root, streamed);
    }

    private FileNode streamRoot(ElementReader visitor, Map<FileNode, String> streamed) {
        TokenStreamLocation start = parser.currentTokenLocation();
        List<FileNode.Entry> entries = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        JsonToken t;
        while ((t = next()) == JsonToken.PROPERTY_NAME) {
            FileNode.Scalar key = key();
            boolean first = seen.add(key.text());
            Class<?> type = SnapshotFormat.LISTS.get(key.text());
            JsonToken value = next();
            push(key.text());
            if (type != null && value == JsonToken.START_ARRAY) {
                refuseAliasOrTag();
                TokenStreamLocation at = parser.currentTokenLocation();
                int index = 0;
                JsonToken item;
                while ((item = next()) != JsonToken.END_ARRAY) {
                    push(index);
                    if (first) { // a list given twice is reported at its key; its elements are not read
                        visitor.element(key.text(), type, index, item, this);
                    } else {
                        node(item);
                    }
                    pop();
                    index++;
                }
                if (first) {
                    visitor.endList(key.text(), index, this);
                }
                FileNode placeholder = new FileNode.Sequence(List.of(), file, at.getLineNr(), at.getColumnNr());
                if (first) {
                    streamed.put(placeholder, key.text());
                }
                entries.add(new FileNode.Entry(key, placeholder));
            } else {
                entries.add(new FileNode.Entry(key, node(value)));
            }
            pop();
        }
        expect(t, JsonToken.END_OBJECT);
        return new FileNode.Mapping(entries, file, start.getLineNr(), start.getColumnNr());
    }

    /** The node starting at the current token {@code t}, which it consumes whole. */
    FileNode node(JsonToken t) {
        refuseAliasOrTag();
        TokenStreamLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                List<FileNode.Entry> entries = new ArrayList<>();
                JsonToken k;
                while ((k = next()) == JsonToken.PROPERTY_NAME) {
                    FileNode.Scalar key = key();
                    push(key.text());
                    entries.add(new FileNode.Entry(key, node(next())));
                    pop();
                }
                expect(k, JsonToken.END_OBJECT);
                return new FileNode.Mapping(entries, file, line, column);
            }
            case START_ARRAY: {
                List<FileNode> items = new ArrayList<>();
                JsonToken i;
                int index = 0;
                while ((i = next()) != JsonToken.END_ARRAY) {
                    push(index++);
                    items.add(node(i));
                    pop();
                }
                return new FileNode.Sequence(items, file, line, column);
            }
            case VALUE_NULL: {
                String text = parser.getString();
                return new FileNode.Scalar(text == null ? "" : text, true, file, line, column);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE:
                return new FileNode.Scalar(parser.getString(), false, file, line, column);
            default:
                throw new SnapshotFileException(List.of(new FileProblem(file, line, column, field(),
                        "not valid YAML or JSON: unexpected " + t)));
        }
    }

    private FileNode.Scalar key() {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new FileNode.Scalar(parser.currentName(), false, file, at.getLineNr(), at.getColumnNr());
    }

    void expect(JsonToken t, JsonToken wanted) {
        if (t != wanted) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw new SnapshotFileException(List.of(new FileProblem(file, at.getLineNr(), at.getColumnNr(), field(),
                    "not valid YAML or JSON: expected " + wanted + ", found " + t)));
        }
    }

    /** YAML aliases ({@code *name}) and tags ({@code !!type}) have no place in plain data: both are refused. */
    void refuseAliasOrTag() {
        if (parser instanceof YAMLParser yaml) {
            TokenStreamLocation at = parser.currentTokenLocation();
            if (yaml.isCurrentAlias()) {
                throw new SnapshotFileException(List.of(new FileProblem(file, at.getLineNr(), at.getColumnNr(), field(),
                        "YAML aliases (*name) are not allowed in a snapshot file: write the value out")));
            }
            String tag = yaml.getRawTag();
            if (tag != null) {
                throw new SnapshotFileException(List.of(new FileProblem(file, at.getLineNr(), at.getColumnNr(), field(),
                        "YAML tags (" + shorten(tag.replace("tag:yaml.org,2002:", "!!")) + ") are not allowed in a snapshot"
                                + " file: a snapshot is plain data, nothing in it names a type")));
            }
        }
    }

    void push(Object segment) {
        if (depth < path.length) {
            path[depth] = segment;
        }
        depth++;
    }

    void pop() {
        depth--;
    }

    /** @return the path being read, e.g. {@code grids[3].name}; empty at the top */
    String field() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(depth, path.length); i++) {
            if (path[i] instanceof Integer index) {
                b.append('[').append(index).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(shorten((String) path[i]));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------- problems

    private static final Pattern QUOTED = Pattern.compile("'[^']{4,}'|\"[^\"]{4,}\"");

    /** A Jackson failure as a problem at its position, in the reader's words, never quoting the text at fault. */
    private SnapshotFileException failure(JacksonException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof FileInput.InputProblem p) {
                return one(p.line, p.column, p.getMessage());
            }
        }
        if (e instanceof tools.jackson.core.exc.JacksonIOException io) {
            throw new java.io.UncheckedIOException("cannot read " + file, io.getCause());
        }
        TokenStreamLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? input.line() : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? input.column() : at.getColumnNr();
        if (e instanceof StreamConstraintsException) {
            TokenStreamLocation token = parser.currentTokenLocation(); // the token that crossed the limit
            if (token != null && token.getLineNr() > 0) {
                line = token.getLineNr();
                column = token.getColumnNr();
            }
            String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("nesting depth")) {
                return one(line, column, "nested deeper than " + Limits.MAX_NESTING
                        + " levels, the limit of a snapshot file (the format needs five)");
            }
            if (m.contains("number value length")) {
                return one(line, column, "a number longer than " + Limits.MAX_NUMBER_CHARS
                        + " characters, the limit of a snapshot file");
            }
            if (m.contains("name length")) {
                return one(line, column, "a key longer than " + Limits.MAX_KEY_CHARS
                        + " characters, the limit of a snapshot file");
            }
            if (m.contains("string value length")) {
                return one(line, column, "a value longer than " + Limits.MAX_VALUE_CHARS
                        + " characters, the limit of a snapshot file");
            }
            return one(line, column, "beyond a limit of snapshot files");
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException y) {
                Mark mark = y.getProblemMark().or(y::getContextMark).orElse(null);
                String what = (y.getContext() == null ? "" : y.getContext() + ": ") + (y.getProblem() == null ? "" : y.getProblem());
                return one(mark == null ? line : mark.getLine() + 1, mark == null ? column : mark.getColumn() + 1,
                        "not valid YAML or JSON: " + clean(what.strip()));
            }
        }
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int cut = message.indexOf("\n");
        return one(line, column, "not valid YAML or JSON: " + clean(cut < 0 ? message : message.substring(0, cut)));
    }

    /** A parser's words without the text they quote (it may be personal data) and masked anyway. */
    private static String clean(String message) {
        return PersonalDataMask.maskText(QUOTED.matcher(message).replaceAll("'…'"));
    }

    private SnapshotFileException one(int line, int column, String message) {
        return new SnapshotFileException(List.of(new FileProblem(file, line, column, PersonalDataMask.maskText(field()), message)));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
