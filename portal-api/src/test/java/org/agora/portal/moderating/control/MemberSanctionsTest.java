package org.agora.portal.moderating.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.agora.moderation.reviews.entity.SanctionKind;
import org.agora.moderation.reviews.entity.Sanctioned;
import org.junit.jupiter.api.Test;

class MemberSanctionsTest {

    private static final Instant UNTIL = Instant.parse("2026-11-25T09:30:00Z");

    @Test
    void theMemberReadsUntilWhenAndWhyInTheirLanguage() {
        Sanctioned silence = new Sanctioned(7, SanctionKind.SILENCE, UNTIL, "Spam links", 2);
        assertEquals(
                "You are silenced until 2026-11-25 09:30 UTC: you can read, but not post, comment, vote or flag."
                        + " Reason: Spam links",
                MemberSanctions.text(silence, Locale.ENGLISH));
        assertEquals(
                "Ihr Konto ist bis 2026-11-25 09:30 UTC gesperrt: Sie können lesen, aber nicht mitmachen."
                        + " Grund: Spam links",
                MemberSanctions.text(new Sanctioned(7, SanctionKind.SUSPEND, UNTIL, "Spam links", 2), Locale.GERMAN));
        assertEquals(
                "Your suspension was lifted: Talked it through",
                MemberSanctions.text(
                        new Sanctioned(7, SanctionKind.SUSPEND, null, "Talked it through", 2), Locale.ENGLISH));
    }
}
