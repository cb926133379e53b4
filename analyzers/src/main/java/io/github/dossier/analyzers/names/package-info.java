/**
 * Name variants across articles: {@link io.github.dossier.analyzers.names.NameVariants} gives a
 * match key that is equal for spellings of one name ("Zelensky", "Zelenskyy", "Zelenskiy") and
 * different for different names ("Donald Trump", "Melania Trump"), by general rules only.
 */
package io.github.dossier.analyzers.names;
