package dev.clearance.records.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/** Times and days bound and read the same on H2 and PostgreSQL (UTC OffsetDateTime, LocalDate). */
final class Times {
    private Times() {
    }

    static Argument ts(Instant instant) {
        return (position, statement, ctx) -> statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Argument date(LocalDate day) {
        return (position, statement, ctx) -> {
            if (day == null) {
                statement.setNull(position, Types.DATE);
            } else {
                statement.setObject(position, day);
            }
        };
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
