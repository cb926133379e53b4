package io.github.dossier.analyzers.ner;

/**
 * Compressed word shapes: upper-case letters become {@code X}, lower-case {@code x}, digits {@code
 * d}, other characters stay; runs of the same class collapse to one symbol, so "Zelenskyy" is
 * {@code Xx}, "McDonald" {@code XxXx}, "U.S." {@code X.X.}, "MI6" {@code Xd} and "2,000" {@code
 * d,d}. Shapes longer than eight symbols are cut and marked with {@code ~}.
 */
final class WordShape {

  private static final int MAX = 8;

  private WordShape() {}

  static String of(String token) {
    StringBuilder sb = new StringBuilder(MAX + 1);
    char last = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      char s;
      if (Character.isUpperCase(c)) {
        s = 'X';
      } else if (Character.isLetter(c)) {
        s = 'x';
      } else if (Character.isDigit(c)) {
        s = 'd';
      } else {
        s = c;
      }
      if (s != last) {
        if (sb.length() == MAX) {
          sb.append('~');
          break;
        }
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }
}
