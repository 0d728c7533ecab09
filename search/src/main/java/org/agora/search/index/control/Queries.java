package org.agora.search.index.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.SearchRequest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns parsed query text into Lucene queries over both languages' fields.
 *
 * <p>A word is analysed with the German and the English chain; each analysis is looked up in its
 * language's title (weight {@value #TITLE_BOOST}) and body fields. A German compound in the query
 * ("Haustür") matches the word itself, or, weaker, all its parts ("Tür am Haus"). Words of at least
 * {@value #FUZZY_MIN_LENGTH} letters also match with one edit (two from {@value #FUZZY_TWO_EDITS}
 * letters), weaker still, but only when the index does not know the word in either language (so
 * "exprot" finds "export", while "Auszug" is not widened to "Aufzug"). Phrases match the analysed words in order.
 */
public final class Queries {

    static final float TITLE_BOOST = 2f;
    static final float PARTS_BOOST = 0.6f;
    static final float FUZZY_BOOST = 0.4f;
    static final int FUZZY_MIN_LENGTH = 5;
    static final int FUZZY_TWO_EDITS = 8;
    static final int FUZZY_EXPANSIONS = 20;

    private final Analysis analysis;

    public Queries(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Whether the index knows a term: typo tolerance is for words the index does not know. */
    @FunctionalInterface
    public interface Vocabulary {
        boolean knows(Term term);

        Vocabulary NONE = term -> false;

        static Vocabulary of(IndexReader reader) {
            return term -> {
                try {
                    return reader.docFreq(term) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }

    /** The text part of a search without typo tolerance decisions based on the index. */
    public Query text(QueryText parsed) {
        return text(parsed, Vocabulary.NONE);
    }

    /** The text part of a search: what matches and how well; null when the text says nothing. */
    public Query text(QueryText parsed, Vocabulary vocabulary) {
        List<Query> groups = new ArrayList<>();
        for (List<QueryText.Part> group : parsed.groups()) {
            List<Query> alternatives = new ArrayList<>();
            for (QueryText.Part part : group) {
                Query q = part(part, analysis.settings().typoTolerance(), vocabulary);
                if (q != null) {
                    alternatives.add(q);
                }
            }
            if (alternatives.size() == 1) {
                groups.add(alternatives.get(0));
            } else if (!alternatives.isEmpty()) {
                groups.add(any(alternatives));
            }
        }
        List<Query> excluded = new ArrayList<>();
        for (QueryText.Part part : parsed.excluded()) {
            Query q = part(part, false, vocabulary);
            if (q != null) {
                excluded.add(q);
            }
        }
        if (groups.isEmpty() && excluded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (groups.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            for (Query g : groups) {
                b.add(g, Occur.SHOULD);
            }
            int required = (int) Math.ceil(groups.size() * analysis.settings().minimumMatch());
            b.setMinimumNumberShouldMatch(Math.max(1, Math.min(groups.size(), required)));
        }
        for (Query e : excluded) {
            b.add(e, Occur.MUST_NOT);
        }
        return b.build();
    }

    /** Visibility and facet filters (they do not score). */
    public static List<Query> filters(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (!request.includeHidden()) {
            filters.add(new TermQuery(new Term(Fields.PUBLIC, "true")));
        }
        for (Map.Entry<FacetField, List<String>> filter : request.filters().entrySet()) {
            if (filter.getKey() == null
                    || filter.getValue() == null
                    || filter.getValue().isEmpty()) {
                continue;
            }
            List<Query> values = new ArrayList<>();
            for (String value : filter.getValue()) {
                if (value != null) {
                    values.add(new TermQuery(new Term(filter.getKey().field(), value)));
                }
            }
            if (!values.isEmpty()) {
                filters.add(any(values));
            }
        }
        return filters;
    }

    private Query part(QueryText.Part part, boolean fuzzy, Vocabulary vocabulary) {
        if (fuzzy
                && !part.phrase()
                && (known(part, analysis.german(), Fields.TITLE_DE, Fields.BODY_DE, vocabulary)
                        || known(part, analysis.english(), Fields.TITLE_EN, Fields.BODY_EN, vocabulary))) {
            // a word the index knows is meant as typed: its near neighbours would only add noise
            fuzzy = false;
        }
        List<Query> perLanguage = new ArrayList<>(4);
        add(perLanguage, part, analysis.german(), Fields.TITLE_DE, Fields.BODY_DE, fuzzy);
        add(perLanguage, part, analysis.english(), Fields.TITLE_EN, Fields.BODY_EN, fuzzy);
        return perLanguage.isEmpty() ? null : any(perLanguage);
    }

    private boolean known(QueryText.Part part, Analyzer analyzer, String title, String body, Vocabulary vocabulary) {
        List<Position> positions = analyse(analyzer, part.text());
        if (positions.size() != 1) {
            return false;
        }
        String term = positions.get(0).term();
        return vocabulary.knows(new Term(title, term)) || vocabulary.knows(new Term(body, term));
    }

    private void add(
            List<Query> into, QueryText.Part part, Analyzer analyzer, String title, String body, boolean fuzzy) {
        List<Position> positions = analyse(analyzer, part.text());
        if (positions.isEmpty()) {
            return;
        }
        if (part.phrase() || positions.size() > 1) {
            into.add(new BoostQuery(phrase(title, positions), TITLE_BOOST));
            into.add(phrase(body, positions));
            return;
        }
        Position word = positions.get(0);
        boolean typos = fuzzy && part.text().codePointCount(0, part.text().length()) >= FUZZY_MIN_LENGTH;
        into.add(new BoostQuery(word(title, word, typos), TITLE_BOOST));
        into.add(word(body, word, typos));
    }

    private static Query word(String field, Position word, boolean typos) {
        List<Query> ways = new ArrayList<>(3);
        ways.add(new TermQuery(new Term(field, word.term())));
        if (!word.parts().isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String part : word.parts()) {
                all.add(new TermQuery(new Term(field, part)), Occur.MUST);
            }
            ways.add(new BoostQuery(all.build(), PARTS_BOOST));
        }
        if (typos && word.term().length() >= FUZZY_MIN_LENGTH - 1) {
            int edits = word.term().length() >= FUZZY_TWO_EDITS ? 2 : 1;
            ways.add(new BoostQuery(
                    new FuzzyQuery(new Term(field, word.term()), edits, 1, FUZZY_EXPANSIONS, true), FUZZY_BOOST));
        }
        return ways.size() == 1 ? ways.get(0) : any(ways);
    }

    private static Query phrase(String field, List<Position> positions) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Position p : positions) {
            b.add(new Term(field, p.term()), p.position());
        }
        return b.build();
    }

    static Query any(List<Query> queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : queries) {
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    /** A word as analysed, with the compound parts stacked on it. */
    record Position(String term, int position, List<String> parts) {}

    static List<Position> analyse(Analyzer analyzer, String text) {
        List<Position> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken() && positions.size() < 32) {
                int inc = increment.getPositionIncrement();
                if (inc == 0 && !positions.isEmpty()) {
                    positions.get(positions.size() - 1).parts().add(term.toString());
                    continue;
                }
                position += Math.max(1, inc);
                positions.add(new Position(term.toString(), position, new ArrayList<>(2)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }
}
