package io.github.inddragelse.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The random choices behind one generated case, read one at a time. Each choice is a number from 0
 * to {@link #RANGE} - 1 drawn by jqwik; when jqwik shrinks a failing case the numbers move towards 0,
 * and 0 always means the simplest, most exemplary option (no optional extra, the first option, the
 * lowest count). When the list runs out, every further choice is 0.
 */
final class Choices {

    static final int RANGE = 10_000;

    private final List<Integer> values;
    private final double variation;
    private int next;

    Choices(List<Integer> values, double variation) {
        this.values = values;
        this.variation = variation;
    }

    private int raw() {
        return next < values.size() ? values.get(next++) : 0;
    }

    /** A number from lo to hi, both included; shrinks towards lo. */
    int between(int lo, int hi) {
        if (hi <= lo) {
            raw();
            return lo;
        }
        return lo + raw() % (hi - lo + 1);
    }

    /** True with the given chance in percent; shrinks towards false. */
    boolean chance(int percent) {
        return raw() >= RANGE - percent * (RANGE / 100);
    }

    /**
     * A quality that good practice wants: true unless varied away. With variation 0 always true;
     * with variation 1 true half the time. Shrinks towards true.
     */
    boolean ok() {
        return raw() < RANGE - RANGE * variation / 2;
    }

    /** One of the options; shrinks towards the first. */
    <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    /** One of the options, each with a weight; shrinks towards the first. */
    <T> T pickWeighted(List<T> options, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = between(0, total - 1);
        for (int i = 0; i < options.size(); i++) {
            r -= weights[i];
            if (r < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    /** Some distinct options, in the order picked; shrinks towards the first ones. */
    <T> List<T> distinct(List<T> options, int count) {
        List<T> left = new ArrayList<>(options);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            picked.add(left.remove(between(0, left.size() - 1)));
        }
        return picked;
    }
}
