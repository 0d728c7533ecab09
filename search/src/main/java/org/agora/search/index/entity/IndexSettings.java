package org.agora.search.index.entity;

/**
 * Choices of analysis and matching that change what the index contains or how queries match. Part
 * of the index's schema signature: an index written with other settings is rebuilt.
 *
 * @param englishStemmer how English words are reduced
 * @param splitCompounds whether German compounds are split into their parts (Haustür → Haus, Tür)
 * @param typoTolerance whether words of 5 or more letters also match with 1 (8 or more: 2) edits
 * @param minimumMatch the share of a query's plain words (and OR groups) a hit must contain, 0 to
 *     1; 0 means any one word (ranked), 1 means every word
 * @param lengthNormalisation BM25's b, 0 to 1: how much a long post is penalised for being long
 *     (Lucene's default 0.75; the evaluation favours 0.4 on short posts and reviews)
 */
public record IndexSettings(
        EnglishStemmer englishStemmer,
        boolean splitCompounds,
        boolean typoTolerance,
        double minimumMatch,
        float lengthNormalisation) {

    public enum EnglishStemmer {
        /** Plurals only (EnglishMinimalStemFilter). */
        MINIMAL,
        /** Krovetz: inflections, dictionary-checked (KStemFilter). */
        KSTEM,
        /** Porter: aggressive suffix stripping (PorterStemFilter). */
        PORTER
    }

    /** What the evaluation chose; see SearchEvaluation and the package documentation. */
    public static final IndexSettings DEFAULT = new IndexSettings(EnglishStemmer.PORTER, true, true, 0.0, 0.4f);

    public IndexSettings {
        if (englishStemmer == null) {
            throw new IllegalArgumentException("englishStemmer");
        }
        if (!(minimumMatch >= 0 && minimumMatch <= 1)) {
            throw new IllegalArgumentException("minimumMatch must be within 0..1");
        }
        if (!(lengthNormalisation >= 0 && lengthNormalisation <= 1)) {
            throw new IllegalArgumentException("lengthNormalisation must be within 0..1");
        }
    }

    /** What changes the index's content: stored in its commit data. */
    public String analysisSignature() {
        return "en=" + englishStemmer + ",compounds=" + splitCompounds;
    }

    public IndexSettings withEnglishStemmer(EnglishStemmer stemmer) {
        return new IndexSettings(stemmer, splitCompounds, typoTolerance, minimumMatch, lengthNormalisation);
    }

    public IndexSettings withSplitCompounds(boolean split) {
        return new IndexSettings(englishStemmer, split, typoTolerance, minimumMatch, lengthNormalisation);
    }

    public IndexSettings withTypoTolerance(boolean typos) {
        return new IndexSettings(englishStemmer, splitCompounds, typos, minimumMatch, lengthNormalisation);
    }

    public IndexSettings withLengthNormalisation(float b) {
        return new IndexSettings(englishStemmer, splitCompounds, typoTolerance, minimumMatch, b);
    }

    public IndexSettings withMinimumMatch(double share) {
        return new IndexSettings(englishStemmer, splitCompounds, typoTolerance, share, lengthNormalisation);
    }
}
