package org.agora.moderation.reviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;
import org.agora.moderation.checks.entity.Reasons;
import org.agora.moderation.reviews.entity.ContentState;
import org.agora.moderation.reviews.entity.Decision;
import org.agora.moderation.reviews.entity.Refusal;
import org.agora.moderation.reviews.entity.ReviewItemView.FindingView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewsTest {

    @Test
    void aTemplateReasonIsReadInTheReadersLanguageFollowedByTheModeratorsWords() {
        assertEquals(
                "This has been posted already; please vote for the existing post instead. See #1.",
                Reviews.reason("reject.duplicate", "See #1.", Locale.ENGLISH));
        assertEquals(
                "Das gibt es schon; bitte stimmen Sie für den vorhandenen Beitrag.",
                Reviews.reason("reject.duplicate", null, Locale.GERMAN));
        assertEquals("Own words only.", Reviews.reason(null, "Own words only.", Locale.GERMAN));
        assertEquals(7, Reasons.codes("reject.").size());
        Reasons.codes("reject.")
                .forEach(code -> assertEquals(
                        false,
                        Reasons.text(code, List.of(), Locale.GERMAN).equals(Reasons.text(code, List.of(), Locale.ROOT)),
                        code + " has a German text"));
    }

    @Test
    void findingsAreStoredAsCodesAndShownInTheReadersLanguage() {
        Finding held = new Finding("links.domain", 1, Action.HOLD, "links.held-domain", List.of("bit.ly"));
        String json = Reviews.json(List.of(held));

        List<FindingView> german = Reviews.findings(json, Locale.GERMAN);
        List<FindingView> english = Reviews.findings(json, Locale.ENGLISH);

        assertEquals(1, german.size());
        assertEquals("links.domain", german.get(0).rule());
        assertEquals("HOLD", german.get(0).action());
        assertEquals(
                Reasons.text("links.held-domain", List.of("bit.ly"), Locale.GERMAN),
                german.get(0).reason());
        assertEquals(held.reason(Locale.ENGLISH), english.get(0).reason());
    }

    @ParameterizedTest
    @CsvSource({
        "APPROVE, PUBLISHED, false",
        "reject, REJECTED, true",
        " Hide , HIDDEN, true",
        "RESTORE, PUBLISHED, false",
        "approve_and_trust, PUBLISHED, false",
        "EDIT_AND_APPROVE, PUBLISHED, false",
        "IGNORE_FLAGS, , false",
        "MERGE, , false"
    })
    void decisionsSetTheStateAndSayWhetherTheFlagsWereRight(String name, ContentState state, boolean upholds) {
        Decision decision = Reviews.decision(name);
        assertEquals(state, decision.result());
        assertEquals(upholds, decision.upholdsFlags());
    }

    @Test
    void unknownDecisionIsABadRequestNamingTheField() {
        Refusal refusal = assertThrows(Refusal.class, () -> Reviews.decision("DELETE"));
        assertEquals(400, refusal.status());
        assertEquals("decision", refusal.field());
    }
}
