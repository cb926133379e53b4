package io.github.dossier.index;

import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/** Collects the top-level doc ids of all matching documents into one bit set, without scoring. */
final class BitSetCollectorManager
    implements CollectorManager<BitSetCollectorManager.BitSetCollector, FixedBitSet> {
  private final int maxDoc;

  BitSetCollectorManager(int maxDoc) {
    this.maxDoc = maxDoc;
  }

  @Override
  public BitSetCollector newCollector() {
    return new BitSetCollector(new FixedBitSet(Math.max(1, maxDoc)));
  }

  @Override
  public FixedBitSet reduce(Collection<BitSetCollector> collectors) {
    FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
    for (BitSetCollector c : collectors) {
      all.or(c.bits);
    }
    return all;
  }

  /** Sets the bit of each collected document. */
  static final class BitSetCollector extends SimpleCollector {
    private final FixedBitSet bits;
    private int docBase;

    BitSetCollector(FixedBitSet bits) {
      this.bits = bits;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {
      bits.set(docBase + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
