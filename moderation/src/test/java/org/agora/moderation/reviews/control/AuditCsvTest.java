package org.agora.moderation.reviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.Instant;
import org.agora.moderation.reviews.entity.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCsvTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "with, comma|`\"with, comma\"`",
                "say \"hi\"|`\"say \"\"hi\"\"\"`",
                "`two\nlines`|`\"two\nlines\"`",
                "=1+2|'=1+2",
                "+49 30|'+49 30",
                "-2|'-2",
                "@SUM(A1)|'@SUM(A1)",
                "=HYPERLINK(\"x\",\"y\")|`\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"`",
                "a=b|a=b",
            })
    void cellsAreQuotedAndDefused(String value, String expected) {
        assertEquals(expected, AuditCsv.cell(value));
    }

    @Test
    void emptyAndNullAreEmptyCells() {
        assertEquals("", AuditCsv.cell(null));
        assertEquals("", AuditCsv.cell(""));
    }

    @Test
    void aLineHasEveryColumnOfTheHeaderAndEndsInCrLf() {
        AuditEntry entry = new AuditEntry(
                7,
                3L,
                "STATUS_CHANGED",
                "POST",
                42,
                null,
                "=cmd|' /C calc'!A0",
                "open",
                "planned",
                Instant.parse("2026-01-02T03:04:05Z"),
                Json.createObjectBuilder().add("response", 9).build());
        assertEquals(
                "7,2026-01-02T03:04:05Z,3,STATUS_CHANGED,POST,42,,'=cmd|' /C calc'!A0,open,planned,"
                        + "\"{\"\"response\"\":9}\"\r\n",
                AuditCsv.line(entry));
        assertEquals(AuditCsv.HEADER.split(",").length, 11);
    }
}
