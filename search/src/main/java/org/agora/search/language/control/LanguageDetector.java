package org.agora.search.language.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Tells German from English in a post's title and body, or says it cannot.
 *
 * <p>Markup, entities, links, e-mail addresses and @handles are removed first, so that they count
 * for neither language. Then two kinds of evidence are gathered word by word:
 *
 * <ol>
 *   <li>points from word lists written by hand (function words and very common words of each
 *       language; words common to both, such as "in", "so", "was", "will", are in neither), from
 *       umlauts and ß, English contractions, and a few spelling cues at half weight. When one
 *       language has at least {@value #MIN_EVIDENCE} points and {@value #DOMINANCE} times the
 *       other's, it wins: function words follow the grammar, so a mixed text goes to the language
 *       its sentences are built in;
 *   <li>otherwise (short titles, telegram style, a tie) the {@link CharacterTrigrams character
 *       trigram profile} decides, if the text has at least two words and the profile leans
 *       clearly to one side.
 * </ol>
 *
 * Otherwise the text is undecided and the author's choice (or a default) has to stand.
 *
 * <p>All tables are built once per class and only read afterwards: one instance serves all threads,
 * and a call allocates only a few small strings.
 */
@ApplicationScoped
public class LanguageDetector {

    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    /** Below this many points for the leading language there is too little to go on. */
    static final double MIN_EVIDENCE = 2.0;

    /** The leading language must have this many times the other's points (mixed texts). */
    static final double DOMINANCE = 1.5;

    /**
     * The trigram profile must lean this far (natural log of the likelihood ratio): e^3, about 20 to
     * 1.
     */
    static final double TRIGRAM_MARGIN = 3.0;

    /** Enough evidence to stop reading: long bodies do not change the verdict, only the cost. */
    private static final double SATURATION = 40.0;

    /** Spelling cues count half: each has exceptions (Thema, Training, school). */
    static final double CUE = 0.5;

    /*
     * Written by hand and checked against German tweets (GermEval 2018) and English SMS, never against
     * the texts LanguageDetectionEvaluationTest reports on. Words that are frequent in both languages
     * (in, an, am, so, was, will, also, man, war, bin, see, still, fast, find, kind, tag, bad, nice,
     * sorry, ok, app ...) are in neither list.
     */
    private static final String GERMAN_WORDS =
            """
            der die das dem den des ein eine einen einem einer eines kein keine keinen keinem keiner
            und oder aber sondern denn doch nicht nichts nie niemand obwohl bevor nachdem zwar
            ist sind waren wäre wären wird werden wurde wurden worden hat haben hatte hatten habe hast
            bist sei seid gibt gab geht ging gehen kommt kam kommen macht machen gemacht sagt sagen
            steht stehen sieht sehen kann kannst können könnte könnten muss musste müssen müsste
            soll sollte sollten wollen wollte darf dürfen mag möchte
            ich mich mir mein meine meinen meinem meiner du dich dir dein deine deinen er ihn ihm
            sein seine seinen seinem seiner sie ihr ihre ihren ihrem ihrer es wir uns unser unsere
            unseren euch euer eure sich selbst
            mit von vom zu zum zur bei beim nach aus auf für über unter vor hinter neben zwischen
            durch gegen ohne um seit bis ab wegen trotz statt während im ins ans
            auch noch schon nur sehr mehr wieder immer jetzt heute gestern morgen hier dort da dann
            danach bald oft manchmal nun gerade leider gerne gern dabei dazu davon damit darauf
            deshalb daher trotzdem eigentlich einfach wirklich endlich bereits sogar etwa eben halt
            wenn weil dass daß ob wie wo wer warum wieso weshalb wann woher wohin
            welche welcher welches welchen dieser diese dieses diesen diesem jeder jede jedes jeden
            alle allen alles viel viele vielen wenig wenige etwas ganz gar andere anderen weitere
            ja nein bitte danke mal gut besser neu neue neuen neues schlecht uhr heute jahr jahre
            stunde stunden woche wochen minuten einmal nochmal zwei drei erste ersten
            echt gleich los wohl klar erst genau vielleicht ne nen zeit leute
            """;

    private static final String ENGLISH_WORDS =
            """
            the a and or but nor not no nothing never none
            is are were be been being have has had having do does did done doing
            don't doesn't didn't can't cannot couldn't won't wouldn't shouldn't isn't aren't wasn't
            weren't haven't hasn't hadn't
            i i'm i've i'd i'll me my mine myself you you're you've your yours he he's him his
            himself she she's her hers it it's its itself we we're our ours us they they're them
            their theirs
            this that these those what which who whom whose when where why how whatever
            of to for with on at by from about into onto over under after before because if then
            than though although while until since through without within
            very just only too really even ever again always already here there now yet
            all any some every each more most much many few less least other another such same own
            would could should can may might must shall
            get gets got getting make makes made use uses used using like likes want wants need
            needs go goes going know think say said take give keep let try work works
            good great better best worse worst easy new old love loved hate well thanks thank please
            one two first time way thing things something anything everything people
            yes yeah home later right day today tomorrow night back call
            """;

    private static final Set<String> GERMAN_LIST = words(GERMAN_WORDS);
    private static final Set<String> ENGLISH_LIST = disjoint(words(ENGLISH_WORDS), GERMAN_LIST);
    private static final CharacterTrigrams TRIGRAMS = CharacterTrigrams.load();

    public LanguageDetector() {}

    /**
     * @param text a post's title and body, HTML allowed
     * @return {@code "de"} or {@code "en"}, or empty when the text gives too little evidence or
     *     as much for one language as for the other
     */
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return weigh(Words.plain(text)).verdict();
    }

    /** Word points for German and English, and the trigram profile's leaning over all words. */
    private static Evidence weigh(String text) {
        Evidence evidence = new Evidence();
        Words.forEach(text, word -> {
            evidence.add(word);
            return !evidence.saturated();
        });
        return evidence;
    }

    private static final class Evidence {
        double german;
        double english;
        double trigramLeaning;
        int words;

        void add(String word) {
            if (word.length() > 1) { // not the letters of abbreviations such as "z. B." or "u."
                words++;
            }
            trigramLeaning += TRIGRAMS.germanOverEnglish(word);
            if (GERMAN_LIST.contains(word)) {
                german += 1;
            } else if (ENGLISH_LIST.contains(word)) {
                english += 1;
            } else if (hasGermanLetter(word)) {
                german += 1;
            } else if (isEnglishContraction(word)) {
                english += 1;
            } else if (word.length() >= 4) {
                addSpellingCue(word);
            }
        }

        private void addSpellingCue(String w) {
            if (w.contains("sch")
                    || w.contains("tz")
                    || w.startsWith("zw")
                    || w.endsWith("ung")
                    || w.endsWith("ungen")
                    || w.endsWith("keit")
                    || w.endsWith("heit")
                    || w.endsWith("lich")
                    || w.endsWith("chen")
                    || w.endsWith("isch")) {
                german += CUE;
            } else if (w.startsWith("th")
                    || w.contains("wh")
                    || w.endsWith("ing")
                    || w.endsWith("ly")
                    || w.endsWith("ness")
                    || w.endsWith("ful")
                    || w.endsWith("ous")
                    || w.endsWith("ght")) {
                english += CUE;
            }
        }

        boolean saturated() {
            return Math.max(german, english) >= SATURATION;
        }

        Optional<String> verdict() {
            if (german >= MIN_EVIDENCE && german >= DOMINANCE * english) {
                return Optional.of(GERMAN);
            }
            if (english >= MIN_EVIDENCE && english >= DOMINANCE * german) {
                return Optional.of(ENGLISH);
            }
            if (words >= 2 && Math.abs(trigramLeaning) >= TRIGRAM_MARGIN) {
                return Optional.of(trigramLeaning > 0 ? GERMAN : ENGLISH);
            }
            return Optional.empty();
        }
    }

    private static boolean isEnglishContraction(String word) {
        return word.endsWith("n't")
                || word.endsWith("'m")
                || word.endsWith("'re")
                || word.endsWith("'ve")
                || word.endsWith("'ll");
    }

    private static boolean hasGermanLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ä' || c == 'ö' || c == 'ü' || c == 'ß') {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.strip().split("\\s+")));
    }

    private static Set<String> disjoint(Set<String> list, Set<String> other) {
        for (String word : list) {
            if (other.contains(word)) {
                throw new IllegalStateException("listed for both languages: " + word);
            }
        }
        return list;
    }
}
