package org.resulta.analytics.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.resulta.PostgresTestDatabase;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's binary COPY reader against PostgreSQL itself: every numeric decodes to the double that parsing its
 * decimal text gives (the result set path), ids and texts come through, nulls read as NaN.
 */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class CopyRowsTests {

    static final String VALUES = """
            SELECT n::int8 AS id, v::numeric(20, 6) AS v, t::text AS t FROM (VALUES
              (1, '0', 'AT_LEAST'), (2, '-1.5', 'AT_MOST'), (3, '1234.5', 'EXACT'), (4, '0.000001', 'RANGE'),
              (5, '99999999999999.999999', 'EXACT'), (6, '-12345678901234.123456', 'EXACT'), (7, '100000000', 'EXACT'),
              (8, '0.1', 'EXACT'), (9, '33.333333', 'EXACT'), (10, '9007199254.740993', 'EXACT'),
              (11, NULL, NULL), (12, '20000', 'NARRATIVE'), (13, '7.000001', 'EXACT')) AS x(n, v, t)
            ORDER BY n""";

    @Test
    void decodesEveryNumericToTheDoubleItsTextParsesTo() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> decoded = new ArrayList<>();
        try (Connection c = PostgresTestDatabase.server()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(VALUES)) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    expected.add(rs.getLong(1) + " " + (text == null ? Double.NaN : Double.parseDouble(text)) + " " + rs.getString(3));
                }
            }
            try (InputStream in = new PGCopyInputStream(c.unwrap(PGConnection.class),
                    "COPY (" + VALUES + ") TO STDOUT (FORMAT binary)")) {
                CopyRows row = new CopyRows(in, 3);
                while (row.next()) {
                    decoded.add(row.int8() + " " + row.numeric() + " " + row.text());
                }
            }
        }
        assertThat(expected).hasSize(13);
        assertThat(decoded).containsExactlyElementsOf(expected);
        assertThat(decoded.get(10)).isEqualTo("11 NaN null");
    }
}
