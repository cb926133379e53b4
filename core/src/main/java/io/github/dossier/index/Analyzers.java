package io.github.dossier.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The Lucene analyzers of Dossier's index, shared by indexing and query parsing. */
final class Analyzers {

  /** Position gap between two values of a multi-valued names field: phrases never span two names. */
  static final int NAME_POSITION_GAP = 100;

  private Analyzers() {}

  /**
   * Analyzer for title and body: standard tokenizer, English possessive removal, lower case, ASCII
   * folding, English stop words, Porter stemming.
   */
  static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = folded(source);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalized(in);
      }
    };
  }

  /**
   * Analyzer for entity names and source words: standard tokenizer, English possessive removal,
   * lower case, ASCII folding; no stop words or stemming, so every word of a name is kept as
   * written. Values of a multi-valued field are {@link #NAME_POSITION_GAP} positions apart.
   */
  static Analyzer names() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, folded(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalized(in);
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return NAME_POSITION_GAP;
      }
    };
  }

  /** The chain both analyzers start with: English possessive removal, lower case, ASCII folding. */
  private static TokenStream folded(Tokenizer source) {
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    return new ASCIIFoldingFilter(result);
  }

  /** Normalization of query terms (wildcards, prefixes, ranges) shared by both analyzers. */
  private static TokenStream normalized(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** The analyzer the index writer uses: {@link #names()} for names fields, else {@link #text()}. */
  static Analyzer perField(Analyzer text, Analyzer names) {
    Map<String, Analyzer> fields = new HashMap<>();
    for (io.github.dossier.EntityType type : io.github.dossier.EntityType.values()) {
      fields.put(Schema.names(type), names);
    }
    fields.put(Schema.SOURCE_WORDS, names);
    return new PerFieldAnalyzerWrapper(text, fields);
  }
}
