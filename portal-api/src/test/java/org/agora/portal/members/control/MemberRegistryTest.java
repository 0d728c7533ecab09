package org.agora.portal.members.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberRegistryTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "de, de",
                "de-AT, de",
                "DE_ch, de",
                "en, en",
                "en-GB, en",
                "fr, null",
                "'', null",
                "null, null",
                "de-DE-x-very-long-private-use-tag, de"
            })
    void onlyGermanAndEnglishAreTakenFromTheToken(String claim, String expected) {
        String language = MemberRegistry.language(claim);
        if (expected == null) {
            assertNull(language);
        } else {
            assertEquals(expected, language);
        }
    }
}
