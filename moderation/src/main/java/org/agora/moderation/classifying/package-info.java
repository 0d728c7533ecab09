/**
 * Text classifiers for the offensive-language and spam checks, implemented here in plain Java:
 * a hand-written lexicon baseline and multinomial naive Bayes on word and character n-grams.
 */
package org.agora.moderation.classifying;
