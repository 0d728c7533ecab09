package org.agora.moderation.classifying.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.agora.moderation.classifying.entity.LabelledText;
import org.junit.jupiter.api.Test;

/** Training on our own small fixture, so the code is tested where the public data is absent. */
class TrainingTest {

    static final List<LabelledText> FIXTURE = List.of(
            new LabelledText("Gewinnen Sie jetzt ein iPhone, einfach hier klicken und Code eingeben", true),
            new LabelledText("Jetzt gratis Gewinn sichern, nur heute, SMS an 80888 senden", true),
            new LabelledText("Win a free cruise now, text WIN to 80888, claim your prize today", true),
            new LabelledText("Free entry to win cash, reply now to claim your prize", true),
            new LabelledText("Congratulations you won a voucher, call now to claim", true),
            new LabelledText("Die Rechnung vom März zeigt den Tarif doppelt, bitte prüfen", false),
            new LabelledText("Seit dem Update stürzt die App beim Öffnen der Rechnungen ab", false),
            new LabelledText("The export to CSV drops the last column since the update", false),
            new LabelledText("Please add a dark mode, the white screen is very bright at night", false),
            new LabelledText("Danke für die schnelle Antwort, jetzt funktioniert es wieder", false));

    @Test
    void naiveBayesAndLogisticRegressionLearnTheFixture() {
        for (LinearModel model :
                List.of(Training.naiveBayes(FIXTURE, 0.5), Training.logisticRegression(FIXTURE, 30, 1e-6, 1))) {
            assertTrue(model.probability("Claim your free prize now, text WIN") > 0.5);
            assertTrue(model.probability("Gratis iPhone gewinnen, hier klicken") > 0.5);
            assertTrue(model.probability("Die App stürzt seit dem Update ab") < 0.5);
            assertTrue(model.probability("The CSV export is missing a column") < 0.5);
        }
    }

    @Test
    void aWrittenModelReadsBackWithTheSameAnswers() throws IOException {
        LinearModel model = Training.naiveBayes(FIXTURE, 0.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        for (LabelledText t : FIXTURE) {
            assertEquals(model.probability(t.text()), read.probability(t.text()), 1e-3, t.text());
        }
        assertTrue(out.size() < 2_000_000, "shipped models stay small: " + out.size());
    }

    @Test
    void plattScalingKeepsTheOrderAndFitsTheRate() {
        double[] logits = {-30, -20, -10, -5, 5, 10, 20, 30};
        boolean[] labels = {false, false, false, true, false, true, true, true};
        double[] ab = Training.platt(logits, labels);
        assertTrue(ab[0] > 0 && ab[0] < 1, "a positive slope, softened because the classes overlap: " + ab[0]);
        assertEquals(0, ab[1], 0.1, "symmetric data, no shift");
    }

    @Test
    void featuresAreStableHashedAndSorted() {
        int[] a = Features.of("Die Rechnung ist falsch");
        assertArrayEquals(a, Features.of("die rechnung ist FALSCH".toLowerCase()));
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i - 1] < a[i]);
        }
        assertArrayEquals(Features.of("Mehr unter https://a.example/x"), Features.of("Mehr unter https://b.example/y"));
    }
}
