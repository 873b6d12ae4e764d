package org.wangge.kernel.process.internal;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A host's data source whose connections, while the engine holds them, work in the engine's own schema
 * ({@link Connection#setSchema}), and go back to the schema they had when the engine closes them — the host's
 * statements on a shared (transaction-bound) connection never see the engine's schema. Not API.
 */
public final class SchemaDataSource implements DataSource {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource target;
    private final String schema;

    /**
     * @param target the host's data source
     * @param schema the schema, a plain SQL identifier
     */
    public SchemaDataSource(DataSource target, String schema) {
        this.target = target;
        this.schema = checked(schema);
    }

    /**
     * @param schema a schema name
     * @return it, when it is a plain SQL identifier (letters, digits, underscores; at most 63)
     * @throws IllegalArgumentException otherwise
     */
    public static String checked(String schema) {
        if (schema == null || !NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("the process schema '" + schema + "' is not a plain SQL identifier:"
                    + " use letters, digits and underscores, starting with a letter (at most 63), e.g. wangge_process");
        }
        return schema;
    }

    /**
     * Creates the schema when it does not exist, in the case the database stores unquoted names in.
     *
     * @return the schema's name as the database stores it (H2: upper case; PostgreSQL: lower case)
     * @throws SQLException when it cannot be created
     */
    public String create() throws SQLException {
        try (Connection c = target.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
            if (!c.getAutoCommit()) {
                c.commit();
            }
            var meta = c.getMetaData();
            return meta.storesUpperCaseIdentifiers() ? schema.toUpperCase(java.util.Locale.ROOT)
                    : meta.storesLowerCaseIdentifiers() ? schema.toLowerCase(java.util.Locale.ROOT) : schema;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inSchema(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return inSchema(target.getConnection(username, password));
    }

    private Connection inSchema(Connection c) throws SQLException {
        String before = c.getSchema();
        c.setSchema(schema);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        try {
                            if (!c.isClosed() && before != null) {
                                c.setSchema(before);
                            }
                        } finally {
                            c.close();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
