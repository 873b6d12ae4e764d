package org.wangge.kernel.io.snapshot;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Binds the elements of the streamed top-level lists straight from the parser's tokens into records: no
 * {@link FileNode} tree, no map of fields per element, the canonical constructor called through a
 * {@link MethodHandle} found once per record type, and repeated texts, dates and date-times shared by their
 * characters (looked up before a {@code String} is made).
 *
 * <p>It only ever <em>accepts</em>: an element it cannot bind cleanly (any problem at all, or a form it does
 * not read itself) is consumed, marked failed and left to {@link SnapshotReader}'s node binder, which reads
 * it again from the text and reports every problem of it with its position and field, exactly as before.
 * A value written in a form this class does not read itself (a decimal, a date with a blank, text with
 * blanks around a number…) is handed to the node binder as a single {@link FileNode.Scalar}, so such a
 * value does not cost a second reading. The element that the node binder would build is therefore the one
 * built here: same components, same shared values, same collections.
 */
final class FastBinder implements FileSyntax.ElementReader {

    /** An element, collection or value that could not be bound here. */
    static final Object FAIL = new Object();

    /** The place of an element that failed here, kept in its list until the node binder has read it. */
    record Failed(int index) {
    }

    /** The node binder's scalar reading, for values in a form not read here; INVALID when it has a problem. */
    interface SlowScalar {
        /**
         * @param node a scalar node at the value's position
         * @param ft   the field's type
         * @param path the field, e.g. {@code grids[3].validFrom}
         * @return the value, or {@link SnapshotReader#isInvalid invalid} (a problem then is recorded)
         */
        Object bind(FileNode.Scalar node, FieldType ft, String path);
    }

    private final Map<String, List<Object>> lists;
    private final SlowScalar slow;
    private final Runnable mark;
    private final Runnable rollback;
    /** Per list key, the indexes of the elements that failed here. */
    final Map<String, Set<Integer>> failed = new HashMap<>();

    private String currentKey;
    private List<Object> currentList;
    private Plan currentPlan;

    private final SliceCache<String> texts = new SliceCache<>();
    private final LongCache<LocalDateTime> dateTimes = new LongCache<>();

    /**
     * @param lists    where the built elements go, per list key (a {@link Failed} stands for a failed one)
     * @param slow     the node binder's scalar reading
     * @param mark     remembers how many problems were recorded, at the start of an element
     * @param rollback forgets the problems recorded since the mark (the node binder records them again)
     */
    FastBinder(Map<String, List<Object>> lists, SlowScalar slow, Runnable mark, Runnable rollback) {
        this.lists = lists;
        this.slow = slow;
        this.mark = mark;
        this.rollback = rollback;
    }

    @Override
    public void element(String listKey, Class<?> type, int index, JsonToken first, FileSyntax syntax) {
        if (!listKey.equals(currentKey)) { // the elements of a list come one after the other: two look-ups per list
            currentKey = listKey;
            currentList = lists.computeIfAbsent(listKey, k -> new ArrayList<>());
            currentPlan = Plan.of(type);
        }
        List<Object> out = currentList;
        mark.run();
        Object value;
        if (first == JsonToken.VALUE_NULL) {
            syntax.node(first);
            value = FAIL;
        } else {
            value = record(currentPlan, first, syntax);
        }
        if (value == FAIL) {
            rollback.run();
            out.add(new Failed(index));
            failed.computeIfAbsent(listKey, k -> new java.util.HashSet<>()).add(index);
        } else {
            out.add(value);
        }
    }

    /** What to do at the end of a streamed list. */
    interface ListEnd {
        /** As {@link FileSyntax.ElementReader#endList}. */
        void endList(String listKey, int count, FileSyntax syntax);
    }

    /** Called at the end of each streamed list (see {@link FileSyntax.ElementReader#endList}); null for none. */
    ListEnd onListEnd;

    @Override
    public void endList(String listKey, int count, FileSyntax syntax) {
        if (onListEnd != null) {
            onListEnd.endList(listKey, count, syntax);
        }
    }

    /**
     * Appends the elements another binder built for the rest of a list (see {@link SplitRead}), its failed ones
     * renumbered after the {@code base} elements read here.
     */
    void append(String listKey, int base, List<Object> elements, Set<Integer> failedHere) {
        List<Object> out = lists.computeIfAbsent(listKey, k -> new ArrayList<>());
        if (out instanceof ArrayList<Object> a) {
            a.ensureCapacity(out.size() + elements.size());
        }
        for (Object o : elements) {
            out.add(o instanceof Failed f ? new Failed(f.index() + base) : o);
        }
        if (failedHere != null) {
            for (int i : failedHere) {
                failed.computeIfAbsent(listKey, k -> new java.util.HashSet<>()).add(i + base);
            }
        }
    }

    // ---------------------------------------------------------------------------------- records

    /** A record type as the binder needs it, looked up once. */
    static final class Plan {
        private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

        final FieldType[] types;
        final boolean[] isId;
        final Map<String, Integer> index = new HashMap<>();
        /** The component names in order: a file written by the writer gives the fields in this order. */
        final String[] names;
        /** The canonical constructor as {@code (Object[]) -> Object}. */
        final MethodHandle constructor;
        /**
         * The component names as Jackson matches them straight from the bytes (no name {@code String} looked up);
         * its index is the component's.
         */
        final PropertyNameMatcher matcher;
        /** Per component: the plan of its record type, or of its collection's record elements; else null. */
        final Plan[] plans;
        /** Per component: the constants of its enum type, or of its collection's enum elements, by name; else null. */
        final SliceCache<?>[] enums;

        private Plan(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            types = new FieldType[components.length];
            isId = new boolean[components.length];
            names = new String[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = FieldType.of(components[i].getGenericType());
                isId[i] = components[i].getName().equals("id");
                index.put(components[i].getName(), i);
                names[i] = components[i].getName();
                raw[i] = components[i].getType();
            }
            List<Named> named = new ArrayList<>();
            for (String name : names) {
                named.add(Named.fromString(name));
            }
            matcher = FileSyntax.nameMatcher(named);
            plans = new Plan[components.length];
            enums = new SliceCache<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                FieldType ft = types[i].element != null ? types[i].element : types[i];
                if (ft.kind == FieldType.Kind.ENUM) {
                    enums[i] = EnumNames.of(ft.raw);
                }
            }
            try {
                MethodHandle c = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, raw));
                constructor = c.asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("no public canonical constructor in " + type.getName(), e);
            }
        }

        static Plan of(Class<?> type) {
            Plan known = PLANS.get(type);
            return known != null ? known : PLANS.computeIfAbsent(type, Plan::new);
        }

        /** @return the plan of component {@code i}'s record type (or its elements'), found once */
        Plan child(int i) {
            Plan p = plans[i];
            if (p == null) {
                FieldType ft = types[i].element != null ? types[i].element : types[i];
                p = of(ft.raw);
                plans[i] = p; // racy but idempotent: the same plan either way
            }
            return p;
        }
    }

    private Object record(Plan plan, JsonToken t, FileSyntax s) {
        if (s.yaml) {
            s.refuseAliasOrTag();
        }
        if (t != JsonToken.START_OBJECT) {
            s.node(t);
            return FAIL;
        }
        int n = plan.types.length;
        Object[] args = new Object[n];
        boolean[] seen = new boolean[n];
        boolean ok = true;
        JsonParser p = s.parser;
        FieldTexts sharing = sharing(plan);
        int at;
        while ((at = s.nextNameMatch(plan.matcher)) >= 0 || at == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
            s.push(at >= 0 ? plan.names[at] : p.currentName());
            JsonToken v = s.next();
            if (at < 0 || seen[at]) {
                ok = false; // an unknown or repeated field: the node binder says which
                s.node(v);
            } else {
                int i = at;
                seen[i] = true;
                if (v == JsonToken.VALUE_NULL) {
                    if (s.yaml) {
                        s.refuseAliasOrTag();
                    }
                } else {
                    Object value = value(plan, i, plan.types[i], v, s, plan.isId[i], sharing);
                    if (value == FAIL) {
                        ok = false;
                    } else {
                        args[i] = value;
                    }
                }
            }
            s.pop();
        }
        s.expect(p.currentToken(), JsonToken.END_OBJECT);
        if (!ok) {
            return FAIL;
        }
        for (int i = 0; i < n; i++) {
            if (args[i] == null) {
                FieldType ft = plan.types[i];
                switch (ft.kind) {
                    case LIST -> args[i] = List.of();
                    case SET -> args[i] = Set.of();
                    case BOOLEAN -> args[i] = ft.primitive() ? Boolean.FALSE : null;
                    case WHOLE_NUMBER -> {
                        if (ft.primitive()) {
                            return FAIL; // required
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        try {
            return plan.constructor.invokeExact(args);
        } catch (Throwable e) { // a model rule broken, or another failure: the node binder reports it at its field
            return FAIL;
        }
    }

    /** The value of component {@code i} of {@code plan} (or of an element of it, when it is a collection). */
    private Object value(Plan plan, int i, FieldType ft, JsonToken t, FileSyntax s, boolean isId, FieldTexts sharing) {
        switch (ft.kind) {
            case RECORD:
                return record(plan.child(i), t, s);
            case LIST:
            case SET:
                return collection(plan, i, ft, t, s, sharing);
            default:
                return scalar(ft, plan.enums[i], t, s, isId, sharing, i);
        }
    }

    private Object collection(Plan plan, int component, FieldType ft, JsonToken t, FileSyntax s, FieldTexts sharing) {
        if (s.yaml) {
            s.refuseAliasOrTag();
        }
        if (t != JsonToken.START_ARRAY) {
            s.node(t);
            return FAIL;
        }
        boolean set = ft.kind == FieldType.Kind.SET;
        List<Object> items = set ? null : new ArrayList<>();
        Set<Object> members = set ? new LinkedHashSet<>() : null;
        boolean ok = true;
        int i = 0;
        JsonToken item;
        while ((item = s.next()) != JsonToken.END_ARRAY) {
            s.push(i++);
            if (item == JsonToken.VALUE_NULL) {
                s.node(item);
                ok = false;
            } else if (ok) {
                Object value = value(plan, component, ft.element, item, s, false, sharing);
                if (value == FAIL || (set ? !members.add(value) : !items.add(value))) {
                    ok = false;
                }
            } else {
                s.node(item);
            }
            s.pop();
        }
        if (!ok) {
            return FAIL;
        }
        return set ? members : items;
    }

    // ---------------------------------------------------------------------------------- scalars

    private Object scalar(FieldType ft, SliceCache<?> enumNames, JsonToken t, FileSyntax s, boolean isId, FieldTexts sharing,
            int component) {
        if (s.yaml) {
            s.refuseAliasOrTag();
        }
        switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE:
                break;
            default:
                s.node(t); // a mapping or list where a single value belongs (or what the node reader refuses)
                return FAIL;
        }
        JsonParser p = s.parser;
        char[] c = p.getStringCharacters();
        int off = p.getStringOffset();
        int len = p.getStringLength();
        Object value = null;
        switch (ft.kind) {
            case TEXT:
                if (isId) {
                    return new String(c, off, len);
                }
                return text(c, off, len, sharing, component);
            case WHOLE_NUMBER:
                value = whole(c, off, len, ft.raw == long.class || ft.raw == Long.class);
                break;
            case BOOLEAN:
                if (is(c, off, len, "true")) {
                    return Boolean.TRUE;
                }
                if (is(c, off, len, "false")) {
                    return Boolean.FALSE;
                }
                break;
            case DATE:
                value = date(c, off, len);
                break;
            case DATE_TIME:
                value = dateTime(c, off, len);
                break;
            case ENUM:
                value = enumNames.get(c, off, len, SliceCache.hash(c, off, len));
                break;
            case VALUE:
                try {
                    value = ft.factoryHandle().invoke(new String(c, off, len));
                } catch (Throwable e) {
                    value = null; // the node binder reports it
                }
                break;
            default:
                break;
        }
        if (value != null) {
            return value;
        }
        // a form not read here (or a problem): the node binder reads this one value
        TokenStreamLocation at = p.currentTokenLocation();
        FileNode.Scalar node = new FileNode.Scalar(p.getString(), false, s.file, at.getLineNr(), at.getColumnNr());
        Object slowValue = slow.bind(node, ft, s.field());
        return SnapshotReader.isInvalid(slowValue) ? FAIL : slowValue;
    }

    /**
     * A text, shared with an equal one read before in any field, unless its field was found to hold mostly distinct
     * texts (see {@link TextSharing}).
     */
    private String text(char[] c, int off, int len, FieldTexts sharing, int component) {
        if (TextSharing.off(sharing.counts, component)) {
            return new String(c, off, len);
        }
        String[] last = sharing.last;
        String previous = last[component];
        if (previous != null && same(previous, c, off, len)) {
            return previous; // the field's value in the element before (a worker's or a grid's run of accesses)
        }
        String value = sharedText(c, off, len, sharing.counts, component);
        last[component] = value;
        return value;
    }

    /** @return whether {@code s} has exactly these characters */
    private static boolean same(String s, char[] c, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != c[off + i]) {
                return false;
            }
        }
        return true;
    }

    private String sharedText(char[] c, int off, int len, int[] sharing, int component) {
        int h = SliceCache.hash(c, off, len);
        String known = texts.get(c, off, len, h);
        TextSharing.count(sharing, component, known != null);
        if (known != null) {
            return known;
        }
        String s = new String(c, off, len);
        texts.put(s, h, s);
        return s;
    }

    /**
     * Per record plan and field, this binder's counts of {@link TextSharing} and the last text bound to the field (the
     * same value in consecutive elements is taken without hashing: 83 % of the accesses at M name the worker of the
     * access before, 99 % its grid).
     */
    static final class FieldTexts {
        final int[] counts;
        final String[] last;

        FieldTexts(int components) {
            counts = TextSharing.counts(components);
            last = new String[components];
        }
    }

    /** Per record plan (a binder is used by one thread). */
    private final Map<Plan, FieldTexts> sharing = new java.util.IdentityHashMap<>();
    private Plan lastSharingPlan;
    private FieldTexts lastSharing;

    private FieldTexts sharing(Plan plan) {
        if (plan != lastSharingPlan) {
            lastSharing = sharing.computeIfAbsent(plan, p -> new FieldTexts(p.types.length));
            lastSharingPlan = plan;
        }
        return lastSharing;
    }

    /**
     * Whether the texts of a field are worth sharing. A field whose first {@value #SAMPLE} texts found fewer than one
     * in {@value #MIN_HIT_SHARE} already in the shared table (a scale-M city's {@code accesses[].residentRef}: 3 million
     * distinct refs in 5 million accesses) stops being looked up: each look-up of a new text is a miss in a table of
     * a million entries, and a copy of its characters kept in it, for little sharing. Fields with repeated texts
     * (worker, grid and case ids in the accesses, purposes, names) stay shared. Counts per field: {@code
     * counts[2i]} look-ups so far ({@link #OFF} once decided), {@code counts[2i + 1]} hits.
     */
    static final class TextSharing {
        static final int SAMPLE = 1 << 16;
        static final int MIN_HIT_SHARE = 4;
        static final int OFF = -1;

        private TextSharing() {
        }

        static int[] counts(int components) {
            return new int[2 * components];
        }

        /** @return whether the texts of field {@code i} are no longer shared */
        static boolean off(int[] counts, int i) {
            return counts[2 * i] == OFF;
        }

        /** Counts one look-up of field {@code i}'s texts; after {@link #SAMPLE} of them, decides. */
        static void count(int[] counts, int i, boolean hit) {
            int looked = counts[2 * i];
            if (looked >= SAMPLE) {
                return; // decided: shared
            }
            if (hit) {
                counts[2 * i + 1]++;
            }
            looked++;
            counts[2 * i] = looked == SAMPLE && counts[2 * i + 1] * MIN_HIT_SHARE < SAMPLE ? OFF : looked;
        }
    }

    /** Whether the characters are {@code word}, ignoring case (as the node binder's equalsIgnoreCase). */
    private static boolean is(char[] c, int off, int len, String word) {
        if (len != word.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (Character.toLowerCase(c[off + i]) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [-]?[0-9]{1,18}} as a boxed int or long; null for anything else (the node binder decides). */
    private static Object whole(char[] c, int off, int len, boolean isLong) {
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (i < end && c[i] == '-') {
            negative = true;
            i++;
        }
        if (i == end || end - i > 18) {
            return null;
        }
        long v = 0;
        for (; i < end; i++) {
            char d = c[i];
            if (d < '0' || d > '9') {
                return null;
            }
            v = v * 10 + (d - '0');
        }
        if (negative) {
            v = -v;
        }
        if (isLong) {
            return v;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            return null;
        }
        return (int) v;
    }

    private static int digits(char[] c, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char d = c[i];
            if (d < '0' || d > '9') {
                return -1;
            }
            n = n * 10 + (d - '0');
        }
        return n;
    }

    /** The dates of the range, shared, by their day since {@link Limits#MIN_DATE} (a direct table: no hashing). */
    private final LocalDate[] dateTable = new LocalDate[(Limits.MAX_DATE.getYear() - Limits.MIN_DATE.getYear() + 1) * 372];

    /** @return the index of a date in {@link #dateTable}, or -1 when it is not {@code yyyy-mm-dd} of the range */
    private static int dateIndex(char[] c, int off) {
        if (c[off + 4] != '-' || c[off + 7] != '-') {
            return -1;
        }
        int y = digits(c, off, 4);
        int m = digits(c, off + 5, 2);
        int d = digits(c, off + 8, 2);
        if (y < Limits.MIN_DATE.getYear() || y > Limits.MAX_DATE.getYear() || m < 1 || m > 12 || d < 1 || d > 31) {
            return -1;
        }
        return (y - Limits.MIN_DATE.getYear()) * 372 + (m - 1) * 31 + (d - 1);
    }

    private LocalDate dateAt(int index) {
        LocalDate known = dateTable[index];
        if (known == null) {
            int y = index / 372 + Limits.MIN_DATE.getYear();
            try {
                known = LocalDate.of(y, index % 372 / 31 + 1, index % 31 + 1);
            } catch (java.time.DateTimeException e) {
                return null; // 2025-02-30: the node binder reports it
            }
            dateTable[index] = known;
        }
        return known;
    }

    /** {@code yyyy-mm-dd} within the range, shared; null for anything else. */
    private LocalDate date(char[] c, int off, int len) {
        if (len != 10) {
            return null;
        }
        int index = dateIndex(c, off);
        return index < 0 ? null : dateAt(index);
    }

    /** {@code yyyy-mm-ddThh:mm} or {@code yyyy-mm-ddThh:mm:ss} within the range, shared; null for anything else. */
    private LocalDateTime dateTime(char[] c, int off, int len) {
        if ((len != 16 && len != 19) || c[off + 10] != 'T' || c[off + 13] != ':' || (len == 19 && c[off + 16] != ':')) {
            return null;
        }
        int day = dateIndex(c, off);
        int hour = digits(c, off + 11, 2);
        int minute = digits(c, off + 14, 2);
        int second = len == 19 ? digits(c, off + 17, 2) : 0;
        if (day < 0 || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalDateTime[] minutes = null;
        int minuteOfDay = hour * 60 + minute;
        if (second == 0) {
            minutes = minutesOf(day);
            if (minutes != null && minutes[minuteOfDay] != null) {
                return minutes[minuteOfDay];
            }
        }
        long key = (long) day * 86_400 + hour * 3600 + minute * 60 + second;
        LocalDateTime known = minutes != null ? null : dateTimes.get(key);
        if (known != null) {
            return known;
        }
        LocalDate date = dateAt(day);
        if (date == null) {
            return null;
        }
        LocalDateTime value = LocalDateTime.of(date, timeOf(hour * 3600 + minute * 60 + second));
        if (minutes != null) {
            minutes[minuteOfDay] = value;
        } else {
            dateTimes.put(key, value);
        }
        return value;
    }

    /** The times of day, shared by their second of the day (a city's records name each minute of a day many times). */
    private static final LocalTime[] TIMES = new LocalTime[86_400];

    private static LocalTime timeOf(int secondOfDay) {
        LocalTime t = TIMES[secondOfDay];
        if (t == null) { // racy but safe: LocalTime is immutable, and any copy is equal
            t = LocalTime.ofSecondOfDay(secondOfDay);
            TIMES[secondOfDay] = t;
        }
        return t;
    }

    /**
     * Whole-minute date-times (what platforms record) by day and minute: a direct table per day, found by the day's
     * index, so a look-up is two array reads, not a probe of a hash table of a million entries. At most
     * {@value #MAX_MINUTE_DAYS} days get a table (5.6 KB each); others go through {@link #dateTimes}.
     */
    private final LocalDateTime[][] minuteTables = new LocalDateTime[dateTable.length][];
    private static final int MAX_MINUTE_DAYS = 4096;
    private int minuteDays;

    /** @return the table of the whole minutes of a day, made on first use; null once the bound is reached */
    private LocalDateTime[] minutesOf(int day) {
        LocalDateTime[] minutes = minuteTables[day];
        if (minutes == null && minuteDays < MAX_MINUTE_DAYS) {
            minutes = new LocalDateTime[24 * 60];
            minuteTables[day] = minutes;
            minuteDays++;
        }
        return minutes;
    }

    /** Date-times by their second since the start of the range: an open addressing table of longs, at most {@value SliceCache#MAX}. */
    static final class LongCache<V> {
        private long[] keys = new long[1024];
        private Object[] values = new Object[1024];
        private int size;

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        @SuppressWarnings("unchecked")
        V get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask);; i = (i + 1) & mask) {
                Object v = values[i];
                if (v == null) {
                    return null;
                }
                if (keys[i] == key) {
                    return (V) v;
                }
            }
        }

        void put(long key, V value) {
            if (size >= SliceCache.MAX) {
                return;
            }
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                Object[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new Object[oldKeys.length * 2];
                int mask = keys.length - 1;
                for (int j = 0; j < oldKeys.length; j++) {
                    if (oldValues[j] != null) {
                        int i = slot(oldKeys[j], mask);
                        while (values[i] != null) {
                            i = (i + 1) & mask;
                        }
                        keys[i] = oldKeys[j];
                        values[i] = oldValues[j];
                    }
                }
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }
    }

    /** The constants of an enum by name, looked up by characters. */
    private static final class EnumNames {
        private static final Map<Class<?>, SliceCache<Object>> NAMES = new ConcurrentHashMap<>();

        static SliceCache<Object> of(Class<?> type) {
            return NAMES.computeIfAbsent(type, t -> {
                SliceCache<Object> names = new SliceCache<>();
                for (Object constant : t.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    names.put(name, SliceCache.hash(name.toCharArray(), 0, name.length()), constant);
                }
                return names;
            });
        }
    }

    /**
     * Values keyed by the characters of their text, looked up without making a {@code String}: an open
     * addressing table, at most {@value #MAX} entries (then nothing new is kept, and reading goes on unshared).
     */
    static final class SliceCache<V> {
        static final int MAX = 1 << 20;
        private char[][] keys = new char[64][];
        private int[] hashes = new int[64];
        private Object[] values = new Object[64];
        private int size;

        static int hash(char[] c, int off, int len) {
            int h = 0;
            for (int i = off; i < off + len; i++) {
                h = 31 * h + c[i];
            }
            return h ^ (h >>> 16);
        }

        @SuppressWarnings("unchecked")
        V get(char[] c, int off, int len, int hash) {
            int mask = keys.length - 1;
            for (int i = hash & mask;; i = (i + 1) & mask) {
                char[] k = keys[i];
                if (k == null) {
                    return null;
                }
                if (hashes[i] == hash && java.util.Arrays.equals(k, 0, k.length, c, off, off + len)) {
                    return (V) values[i];
                }
            }
        }

        void put(String key, int hash, V value) {
            if (size >= MAX) {
                return;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = hash & mask;
            char[] chars = key.toCharArray();
            while (keys[i] != null) {
                if (hashes[i] == hash && java.util.Arrays.equals(keys[i], chars)) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = chars;
            hashes[i] = hash;
            values[i] = value;
            size++;
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldHashes = hashes;
            Object[] oldValues = values;
            keys = new char[oldKeys.length * 2][];
            hashes = new int[oldKeys.length * 2];
            values = new Object[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != null) {
                    int i = oldHashes[j] & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    hashes[i] = oldHashes[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }
}
