package org.wangge.kernel.process.internal;

import java.util.Map;

/** Reads a process's typed state record from its variables, saying what is wrong when it is not there. Not API. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    /**
     * @param variables a process instance's variables (runtime or historic)
     * @param name      the state record's variable name
     * @param type      the record's type
     * @param subject   the subject, for the message, e.g. {@code case C-1}
     * @param <T>       the record's type
     * @return the record
     * @throws IllegalStateException when the instance holds no such record (e.g. it was started by an older version
     *                               that kept its state in separate variables)
     */
    static <T> T read(Map<String, Object> variables, String name, Class<T> type, String subject) {
        Object value = variables.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalStateException(subject + " has no " + type.getSimpleName() + " in its process variable '" + name
                    + "' (found " + (value == null ? "none" : value.getClass().getName()) + "): it was started by an older version of"
                    + " Wangge that kept its state in separate variables; finish it with that version");
        }
        return type.cast(value);
    }
}
