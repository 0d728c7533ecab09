package org.agora.search.index.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps each word and stacks the parts of a compound on the same position (increment 0, same
 * offsets), so that "Tür" finds "Haustür" and a highlight marks the whole word.
 */
public final class GermanCompoundFilter extends TokenFilter {

    public static final String PART = "compound-part";

    private final GermanCompounds compounds;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State word;

    public GermanCompoundFilter(TokenStream input, GermanCompounds compounds) {
        super(input);
        this.compounds = compounds;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.removeFirst());
            increment.setPositionIncrement(0);
            type.setType(PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        var parts = compounds.split(term.buffer(), term.length());
        if (!parts.isEmpty()) {
            pending.addAll(parts);
            word = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
