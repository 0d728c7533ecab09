package org.agora.search.index.control;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML that is safe to insert into a page: all text escaped, and
 * nothing added but {@code <mark>} and {@code </mark>} around matches.
 */
public final class Highlights extends PassageFormatter {

    static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (html.length() > 0) {
                html.append(ELLIPSIS);
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (start < pos) {
                    // compound parts share the word's offsets: one mark per word
                    continue;
                }
                escape(content, pos, start, html);
                html.append("<mark>");
                escape(content, start, end, html);
                html.append("</mark>");
                pos = end;
            }
            escape(content, pos, passage.getEndOffset(), html);
            previousEnd = passage.getEndOffset();
        }
        return previousEnd < 0 ? "" : html.toString().strip();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    static void escape(String content, int from, int to, StringBuilder out) {
        for (int i = Math.max(0, from); i < Math.min(to, content.length()); i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
