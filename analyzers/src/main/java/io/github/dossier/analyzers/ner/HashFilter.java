package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A Bloom filter over 32-bit hash codes with two bits per key: {@link #mayContain} is false only for
 * a hash never {@link #add}ed, so a caller can skip a look-up in a large table for most keys without
 * changing any answer. Allocation-free on both sides; not thread-safe while being filled, safe to
 * share once filled.
 */
final class HashFilter {

  private final long[] bits;
  private final int mask;

  /** A filter of {@code 2^log2Bits} bits ({@code log2Bits} from 6 to 30). */
  HashFilter(int log2Bits) {
    checkArgument(log2Bits >= 6 && log2Bits <= 30, "a hash filter has 2^6 to 2^30 bits, got 2^%s", log2Bits);
    this.bits = new long[1 << (log2Bits - 6)];
    this.mask = bits.length - 1;
  }

  /** Adds a key by its hash code. */
  void add(int hash) {
    int second = second(hash);
    bits[(hash >>> 6) & mask] |= 1L << hash;
    bits[(second >>> 6) & mask] |= 1L << second;
  }

  /** False if no key with this hash code was added; true for every added one (and a few others). */
  boolean mayContain(int hash) {
    int second = second(hash);
    return (bits[(hash >>> 6) & mask] & 1L << hash) != 0 && (bits[(second >>> 6) & mask] & 1L << second) != 0;
  }

  private static int second(int hash) {
    return hash >>> 13 ^ hash * 31;
  }
}
