/**
 * English entity tagging for Dossier: {@link io.github.dossier.analyzers.EnglishEntityTagger}, an
 * {@link io.github.dossier.EntityTagger} built on OpenNLP, and {@link
 * io.github.dossier.analyzers.PageDumpCleaner}, which recovers title and body from a saved news
 * web page.
 *
 * <p>The tagging pipeline: page clean-up (optional, by the caller) → sentences (OpenNLP's English
 * sentence model, corrected for abbreviations and line breaks) → PTB-like tokens → the name
 * finder of {@link io.github.dossier.analyzers.ner} → mention clean-up (titles, possessives, junk,
 * photo credits, document-level consistency) → within-text name resolution.
 *
 * <p>Word lists ship as resources next to these classes: {@code titles.txt}, {@code demonyms.txt},
 * {@code abbreviations.txt} and {@code known-names.txt} are derived from the lexicon of the
 * compromise NLP library (MIT licence); {@code common-words.txt} from the CC BY 4.0 NER corpora
 * WikiGold, Broad Twitter Corpus and WNUT-17; {@code sentence-starters.txt} is a hand-written list
 * of English function words. Each file's header says how it was made.
 */
package io.github.dossier.analyzers;
