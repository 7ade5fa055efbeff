package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Rows for one database's tables, sent with PostgreSQL's {@code COPY ... FROM STDIN} in one transaction: the only way
 * to put a region's millions of rows in place in minutes. Tables are copied in the order they were declared, so a
 * table that others reference is declared first.
 */
final class CopyRows {

    private final String database;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private long rows;

    CopyRows(String database) {
        this.database = database;
    }

    private static final class Table {
        final String columns;
        final int width;
        final StringBuilder text = new StringBuilder();

        Table(String columns) {
            this.columns = columns;
            this.width = columns.split(",").length;
        }
    }

    /** Declares a table and the columns its rows give, in order. */
    CopyRows table(String name, String columns) {
        tables.put(name, new Table(columns));
        return this;
    }

    void row(String table, Object... values) {
        Table target = tables.get(table);
        if (target == null || values.length != target.width) {
            throw new IllegalArgumentException("A row of " + values.length + " values for " + table + " in "
                    + database);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                target.text.append('\t');
            }
            target.text.append(text(values[i]));
        }
        target.text.append('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    /** The rows of a table not sent yet, in COPY's text format: a line per row, tab between values. */
    List<String[]> pending(String table) {
        return tables.get(table).text.toString().lines().map(line -> line.split("\t", -1)).toList();
    }

    /** Copies every pending row in one transaction that also wakes the database's outbox relay, and starts over. */
    void send(Bench bench) {
        try (Connection connection = bench.database(database)) {
            connection.setAutoCommit(false);
            CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
            for (var entry : tables.entrySet()) {
                Table table = entry.getValue();
                if (!table.text.isEmpty()) {
                    copy.copyIn("copy " + entry.getKey() + " (" + table.columns + ") from stdin",
                            new StringReader(table.text.toString()));
                    table.text.setLength(0);
                }
            }
            connection.createStatement().execute("select pg_notify('ips_outbox', '')");
            connection.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not copy the region's rows into " + database, e);
        }
    }

    /** A value in COPY's text format. */
    private static String text(Object value) {
        return switch (value) {
            case null -> "\\N";
            case byte[] bytes -> "\\\\x" + HexFormat.of().formatHex(bytes);
            case Collection<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            case String string -> escaped(string);
            case UUID uuid -> uuid.toString();
            case Instant instant -> instant.toString();
            case LocalDate date -> date.toString();
            default -> escaped(String.valueOf(value));
        };
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
