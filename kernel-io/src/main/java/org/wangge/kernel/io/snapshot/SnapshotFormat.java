package org.wangge.kernel.io.snapshot;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/** The constants and the shape of format {@code wangge-snapshot/1}, derived from {@link CitySnapshot}. */
final class SnapshotFormat {

    /** The value of the top-level {@code format} key. */
    static final String FORMAT = "wangge-snapshot/1";

    /** The top-level key naming the format. */
    static final String FORMAT_KEY = "format";

    /** The list components of CitySnapshot, by key, in component order, with their element record type. */
    static final Map<String, Class<?>> LISTS;

    static {
        Map<String, Class<?>> lists = new LinkedHashMap<>();
        for (RecordComponent rc : CitySnapshot.class.getRecordComponents()) {
            if (rc.getType() == List.class && rc.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                lists.put(rc.getName(), element);
            }
        }
        LISTS = Collections.unmodifiableMap(lists);
    }

    private SnapshotFormat() {
    }

    /** @return every top-level key, in the order the writer uses */
    static List<String> topLevelKeys() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(FORMAT_KEY);
        Arrays.stream(CitySnapshot.class.getRecordComponents()).map(RecordComponent::getName).forEach(keys::add);
        return keys;
    }

    /**
     * @param recordType the element type of a list
     * @return the component identifying an element: {@code id}, else a text {@code code} (divisions),
     *         else the first component (e.g. {@code gridId} of GridIndicators)
     */
    static String identityKey(Class<?> recordType) {
        RecordComponent[] components = recordType.getRecordComponents();
        for (RecordComponent rc : components) {
            if (rc.getName().equals("id")) {
                return "id";
            }
        }
        for (RecordComponent rc : components) {
            if (rc.getName().equals("code") && rc.getType() == String.class) {
                return "code";
            }
        }
        return components[0].getName();
    }

    /**
     * @param simpleName a record's simple name, e.g. {@code Assignment}
     * @return the list key holding such records, e.g. {@code assignments}, or null
     */
    static String listKeyOf(String simpleName) {
        for (var e : LISTS.entrySet()) {
            if (e.getValue().getSimpleName().equals(simpleName)) {
                return e.getKey();
            }
        }
        return null;
    }
}
