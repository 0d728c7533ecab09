package org.agora.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class DataExportTest {

    @Test
    void columnNamesBecomeCamelCaseKeys() {
        assertArrayEquals(
                new String[] {"id", "bodyRaw", "area", "createdAt"},
                DataExport.columns("select p.id, p.body_raw, a.slug as area, p.created_at from posts p where x"));
    }
}
