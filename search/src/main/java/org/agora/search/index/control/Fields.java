package org.agora.search.index.control;

import java.io.IOException;
import java.util.List;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.PostDocument;
import org.agora.search.language.control.LanguageDetector;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The index's schema: field names and how a {@link PostDocument} becomes a Lucene document. */
public final class Fields {

    /** Bump when fields or analysis change in a way old indexes cannot serve: they are rebuilt. */
    public static final int SCHEMA_VERSION = 1;

    public static final String ID = "id";
    public static final String ID_VALUE = "id_value";
    public static final String TITLE = "title";
    public static final String TITLE_DE = "title_de";
    public static final String BODY_DE = "body_de";
    public static final String TITLE_EN = "title_en";
    public static final String BODY_EN = "body_en";
    public static final String TITLE_SUGGEST = "title_suggest";
    public static final String PUBLIC = "public";
    public static final String VOTES = "votes";
    public static final String LANGUAGE = "language_stored";
    public static final String UPDATED = "updated";
    public static final String GERMAN = LanguageDetector.GERMAN;
    public static final String ENGLISH = LanguageDetector.ENGLISH;
    public static final List<String> TEXT_FIELDS = List.of(TITLE_DE, BODY_DE, TITLE_EN, BODY_EN);

    /** Text with offsets in the postings: the highlighter needs no second analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = new FacetsConfig();
    private final LanguageDetector detector;

    public Fields(LanguageDetector detector) {
        this.detector = detector;
        facets.setMultiValued(FacetField.TAG.field(), true);
    }

    public FacetsConfig facetsConfig() {
        return facets;
    }

    public static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    public static String titleField(String language) {
        return GERMAN.equals(language) ? TITLE_DE : TITLE_EN;
    }

    public static String bodyField(String language) {
        return GERMAN.equals(language) ? BODY_DE : BODY_EN;
    }

    /** The post's language: given, else detected from title and body, else English. */
    public String languageOf(PostDocument post) {
        String given = post.language();
        if (GERMAN.equals(given) || ENGLISH.equals(given)) {
            return given;
        }
        return detector.detect(post.title() + "\n" + post.body()).orElse(ENGLISH);
    }

    public Document toDocument(PostDocument post) throws IOException {
        String language = languageOf(post);
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(post.id()), Field.Store.NO));
        doc.add(new StoredField(ID_VALUE, post.id()));
        doc.add(new StoredField(TITLE, post.title()));
        doc.add(new StoredField(LANGUAGE, language));
        doc.add(new Field(titleField(language), post.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(bodyField(language), post.body(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(TITLE_SUGGEST, post.title(), Field.Store.NO));
        doc.add(new StringField(PUBLIC, Boolean.toString(post.visibleToPublic()), Field.Store.NO));
        doc.add(new NumericDocValuesField(VOTES, Math.max(0, post.votes())));
        doc.add(new NumericDocValuesField(UPDATED, post.updated().toEpochMilli()));
        doc.add(new LongPoint(UPDATED, post.updated().toEpochMilli()));
        facet(doc, FacetField.KIND, post.kind());
        facet(doc, FacetField.STATUS, post.status());
        facet(doc, FacetField.AREA, post.area());
        facet(doc, FacetField.STAGE, post.stage());
        facet(doc, FacetField.LANGUAGE, language);
        for (String tag : post.tags()) {
            facet(doc, FacetField.TAG, tag);
        }
        return facets.build(doc);
    }

    /** A filterable keyword and a facet value (facet values must not be empty). */
    private static void facet(Document doc, FacetField field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field.field(), value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field.field(), value));
    }
}
