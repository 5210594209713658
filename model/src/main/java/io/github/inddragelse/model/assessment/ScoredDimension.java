package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The dimension score the {@link Scorer} makes: it keeps the scorer's lens scores in the array the
 * scorer filled instead of copying them into a map, as {@link DimensionScore#of} does for scores made
 * elsewhere. Equal to any other dimension score with equal parts ({@link DimensionScore#equals}).
 * Immutable: the scorer hands over arrays and lists it no longer touches.
 */
final class ScoredDimension extends DimensionScore {

    private static final Lens[] LENSES = Lens.values();

    private final Dimension dimension;
    private final Map<Lens, Score> lenses;
    private final Score overall;
    private final List<String> criticalRuleIds;

    /**
     * @param lensScores the scores of each lens by ordinal from {@code first} on, null for a lens with
     *     nothing applicable
     * @param first where this dimension's lens scores start
     * @param width how many lenses from the first have a place in the array (lenses after them have
     *     no score)
     * @param count how many of them are not null
     * @param criticalRuleIds an unmodifiable list
     */
    ScoredDimension(
            Dimension dimension,
            Score[] lensScores,
            int first,
            int width,
            int count,
            Score overall,
            List<String> criticalRuleIds) {
        this.dimension = dimension;
        this.lenses = count == 0 ? Map.of() : new LensMap(lensScores, first, width, count);
        this.overall = overall;
        this.criticalRuleIds = criticalRuleIds;
    }

    @Override
    public Dimension dimension() {
        return dimension;
    }

    @Override
    public Map<Lens, Score> lenses() {
        return lenses;
    }

    @Override
    public Score overall() {
        return overall;
    }

    @Override
    public List<String> criticalRuleIds() {
        return criticalRuleIds;
    }

    /**
     * An unmodifiable map over a run of lens scores by lens ordinal in an array shared by the
     * dimensions of one assessment, iterated in lens order as an EnumMap is.
     */
    private static final class LensMap extends AbstractMap<Lens, Score> {
        private final Score[] scores;
        private final int first;
        private final int width;
        private final int size;

        LensMap(Score[] scores, int first, int width, int size) {
            this.scores = scores;
            this.first = first;
            this.width = width;
            this.size = size;
        }

        private Score at(int ordinal) {
            return ordinal < width ? scores[first + ordinal] : null;
        }

        @Override
        public Score get(Object key) {
            return key instanceof Lens lens ? at(lens.ordinal()) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<Lens, Score>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Lens, Score>> iterator() {
                    return new Iterator<>() {
                        private int next = advance(0);

                        private int advance(int from) {
                            int i = from;
                            while (i < LENSES.length && at(i) == null) {
                                i++;
                            }
                            return i;
                        }

                        @Override
                        public boolean hasNext() {
                            return next < LENSES.length;
                        }

                        @Override
                        public Entry<Lens, Score> next() {
                            if (next >= LENSES.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next;
                            next = advance(i + 1);
                            return new SimpleImmutableEntry<>(LENSES[i], at(i));
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
