package dev.clearance.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/** JDBC helpers that behave the same on H2 and PostgreSQL (times as UTC OffsetDateTime, dates as LocalDate). */
public final class Sql {
    private Sql() {
    }

    public static Argument ts(Instant instant) {
        return (position, statement, ctx) -> {
            if (instant == null) {
                statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
        };
    }

    public static Argument date(LocalDate date) {
        return (position, statement, ctx) -> {
            if (date == null) {
                statement.setNull(position, Types.DATE);
            } else {
                statement.setObject(position, date);
            }
        };
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        return odt == null ? null : odt.toInstant();
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** True if the exception (or a cause) is a unique/primary key violation (SQLState 23505). */
    public static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** True if the exception (or a cause) is a lock wait that timed out (SQLState HYT00, H2's lock timeout). */
    public static boolean lockTimeout(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && "HYT00".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the exception (or a cause) says another transaction wrote the same rows first, so running the work
     * again sees its result: a unique violation (23505), H2's concurrent update (90131), a serialization failure
     * (40001) or a deadlock (40P01).
     */
    public static boolean concurrentWrite(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("23505", "90131", "40001", "40P01").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
