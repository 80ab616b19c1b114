package jp.hoshin.search.internal;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How Japanese text becomes terms, alike for documents and queries. Every field first folds widths (full-width letters
 * and digits to half-width, half-width katakana to full-width) and spells katakana variants one way (ヴァ → バ, ヶ → ケ).
 * The {@code _ja} fields are cut into words by Kuromoji (morphological analysis, search mode: compounds also in their
 * parts; base forms; a trailing ー of long katakana words dropped). The other fields are CJK bi-grams of the text with
 * the long-vowel mark and middle dot dropped (サーバー = サーバ, ワーク・ライフ = ワークライフ), so any part of a word of
 * two characters or more is found.
 */
public final class JapaneseAnalysis {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String TITLE_JA = "title_ja";
    public static final String BODY_JA = "body_ja";

    private static final NormalizeCharMap VARIANTS = variants(false);
    private static final NormalizeCharMap VARIANTS_BIGRAM = variants(true);

    private JapaneseAnalysis() {}

    private static NormalizeCharMap variants(boolean dropMarks) {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("ヴァ", "バ");
        b.add("ヴィ", "ビ");
        b.add("ヴェ", "ベ");
        b.add("ヴォ", "ボ");
        b.add("ヴ", "ブ");
        b.add("ヶ", "ケ");
        b.add("ヵ", "カ");
        b.add("〜", "~");
        if (dropMarks) {
            b.add("ー", "");
            b.add("・", "");
            b.add("－", "");
        }
        return b.build();
    }

    static Reader fold(Reader reader, boolean bigram) {
        return new MappingCharFilter(bigram ? VARIANTS_BIGRAM : VARIANTS, new CJKWidthCharFilter(reader));
    }

    /** Kuromoji in search mode: words, compounds also in their parts. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return fold(reader, false);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new org.apache.lucene.analysis.StopFilter(
                        stream, CharArraySet.copy(JapaneseAnalyzer.getDefaultStopSet()));
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** CJK bi-grams; {@code unigrams} also single characters (documents: a one-character query finds them). */
    public static Analyzer bigrams(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return fold(reader, true);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new CJKBigramFilter(
                        stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA, unigrams);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Documents: bi-grams with unigrams for the stored fields, Kuromoji for the {@code _ja} fields. */
    public static Analyzer forDocuments() {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(bigrams(true), Map.of(TITLE_JA, words, BODY_JA, words));
    }
}
