package org.agora.search.index.control;

import java.util.Map;
import org.agora.search.index.entity.IndexSettings;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains. Each post is analysed in its language only (fields {@code *_de} or
 * {@code *_en}); a query is analysed with both chains and searches both sets of fields, so one
 * query finds German and English posts.
 *
 * <ul>
 *   <li>German: standard tokens, lower case, German stop words (Snowball's list as shipped with
 *       Lucene), normalisation (ä→a, ö→o, ü→u, ß→ss), light stemming (GermanLightStemFilter), and
 *       compound parts stacked on the word ({@link GermanCompoundFilter});
 *   <li>English: standard tokens, possessives ('s) removed, lower case, English stop words, and the
 *       stemmer of the settings (KStem by default, chosen by the evaluation);
 *   <li>suggestions: lower case, ASCII folding, edge n-grams of each title word.
 * </ul>
 */
public final class Analysis {

    private final IndexSettings settings;
    private final GermanCompounds compounds;
    private final Analyzer german;
    private final Analyzer english;
    private final Analyzer suggestIndex;
    private final Analyzer suggestQuery;
    private final Analyzer perField;

    public Analysis(IndexSettings settings) {
        this(settings, GermanCompounds.standard());
    }

    public Analysis(IndexSettings settings, GermanCompounds compounds) {
        this.settings = settings;
        this.compounds = compounds;
        this.german = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
                stream = new GermanNormalizationFilter(stream);
                stream = new GermanLightStemFilter(stream);
                if (settings.splitCompounds()) {
                    stream = new GermanCompoundFilter(stream, compounds);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
        this.english = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = switch (settings.englishStemmer()) {
                    case MINIMAL -> new EnglishMinimalStemFilter(stream);
                    case KSTEM -> new KStemFilter(stream);
                    case PORTER -> new PorterStemFilter(stream);
                };
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        this.suggestIndex = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new EdgeNGramTokenFilter(stream, 1, 20, true));
            }
        };
        this.suggestQuery = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        this.perField = new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        Fields.TITLE_DE, german,
                        Fields.BODY_DE, german,
                        Fields.TITLE_EN, english,
                        Fields.BODY_EN, english,
                        Fields.TITLE_SUGGEST, suggestIndex));
    }

    public IndexSettings settings() {
        return settings;
    }

    public GermanCompounds compounds() {
        return compounds;
    }

    public Analyzer german() {
        return german;
    }

    public Analyzer english() {
        return english;
    }

    public Analyzer forLanguage(String language) {
        return Fields.GERMAN.equals(language) ? german : english;
    }

    public Analyzer suggestQuery() {
        return suggestQuery;
    }

    /** For the IndexWriter and the highlighter: each field with its chain. */
    public Analyzer perField() {
        return perField;
    }
}
