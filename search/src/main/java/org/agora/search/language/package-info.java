/**
 * Which language a post is written in, German ({@code de}) or English ({@code en}), so that search
 * can analyse it with the right stemmer and stop words. The author may choose the language; where
 * they do not, it is detected from the title and body.
 */
package org.agora.search.language;
