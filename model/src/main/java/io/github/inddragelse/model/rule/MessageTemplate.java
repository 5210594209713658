package io.github.inddragelse.model.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One message template compiled once into segments, so that rendering it for a finding is a walk
 * over those segments with no parsing. The syntax is described on {@link RuleDefinition}: literal
 * text, placeholders {@code {name}}, plural selectors {@code {name, plural, =0 {…} one {…} other
 * {…}}} whose branches may hold {@code #} (the number), and select selectors {@code {name, select,
 * value {…} other {…}}}; the branches of both may hold placeholders and further selectors.
 *
 * <p>Immutable and thread-safe: every field is final and set in the constructor.
 */
final class MessageTemplate {

    private final String source;
    /** The segments, or null when the template is all text and renders as it is. */
    private final Segment[] segments;

    private MessageTemplate(String source, Segment[] segments) {
        this.source = source;
        this.segments = segments;
    }

    /**
     * Compiles a template.
     *
     * @param source the template
     * @return the compiled template
     * @throws IllegalArgumentException saying what is wrong and at which character (counted from 1),
     *     if a plural or select selector is malformed
     */
    static MessageTemplate compile(String source) {
        Parser parser = new Parser(source);
        Segment[] segments = parser.message(null, false);
        return new MessageTemplate(source, parser.anyArgument ? segments : null);
    }

    /**
     * Renders the template with named arguments.
     *
     * @param args the arguments by name
     * @return the text
     */
    String render(Map<String, String> args) {
        if (segments == null) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        appendAll(segments, out, args, null);
        return out.toString();
    }

    private static void appendAll(Segment[] segments, StringBuilder out, Map<String, String> args, String number) {
        for (Segment segment : segments) {
            segment.append(out, args, number);
        }
    }

    /** A part of a compiled template. */
    @FunctionalInterface
    private interface Segment {
        /**
         * Appends the rendered segment.
         *
         * @param out where to append
         * @param args the arguments by name
         * @param number what {@code #} stands for in the innermost enclosing plural branch, or null
         */
        void append(StringBuilder out, Map<String, String> args, String number);
    }

    /** The {@code #} of a plural branch: the number the enclosing plural selected on. */
    private static final Segment NUMBER_SIGN = (out, args, number) -> out.append(number);

    /**
     * Text rendered as written.
     *
     * @param text the text
     * @return the segment
     */
    private static Segment literal(String text) {
        return (out, args, number) -> out.append(text);
    }

    /**
     * A placeholder {@code {name}}: its argument, or the placeholder as written when there is none.
     *
     * @param name the argument's name
     * @param written the placeholder as written
     * @return the segment
     */
    private static Segment placeholder(String name, String written) {
        return (out, args, number) -> {
            String value = args.get(name);
            out.append(value != null ? value : written);
        };
    }

    /**
     * A plural selector: an exact match for the argument if there is one, else {@code one} for a whole
     * number whose magnitude is 1 (when the template has a {@code one} branch), else {@code other}.
     */
    private static final class Plural implements Segment {
        private final String name;
        /** The placeholder {@code {name}}, which {@code #} stands for when the argument is missing. */
        private final String written;

        private final long[] exactValues;
        private final Segment[][] exactBranches;
        private final Segment[] one;
        private final Segment[] other;

        Plural(String name, long[] exactValues, Segment[][] exactBranches, Segment[] one, Segment[] other) {
            this.name = name;
            this.written = "{" + name + "}";
            this.exactValues = exactValues;
            this.exactBranches = exactBranches;
            this.one = one;
            this.other = other;
        }

        @Override
        public void append(StringBuilder out, Map<String, String> args, String number) {
            String value = args.get(name);
            appendAll(select(value), out, args, value != null ? value : written);
        }

        private Segment[] select(String value) {
            if (value == null) {
                return other;
            }
            long n = wholeNumber(value);
            if (n == NOT_A_WHOLE_NUMBER) {
                return other;
            }
            for (int i = 0; i < exactValues.length; i++) {
                if (exactValues[i] == n) {
                    return exactBranches[i];
                }
            }
            return (n == 1 || n == -1) && one != null ? one : other;
        }
    }

    /**
     * A select selector: the branch whose value equals the argument, else {@code other}, also when the
     * argument is missing. A {@code #} in a branch stays what it is around the selector: the number of
     * the enclosing plural, if any.
     */
    private static final class Select implements Segment {
        private final String name;
        /** The branches by value, {@code other} not among them. */
        private final Map<String, Segment[]> branches;

        private final Segment[] other;

        Select(String name, Map<String, Segment[]> branches, Segment[] other) {
            this.name = name;
            this.branches = Map.copyOf(branches);
            this.other = other;
        }

        @Override
        public void append(StringBuilder out, Map<String, String> args, String number) {
            String value = args.get(name);
            appendAll(value == null ? other : branches.getOrDefault(value, other), out, args, number);
        }
    }

    /** What {@link #wholeNumber} gives for text that is not a whole number, or one too large for a long. */
    static final long NOT_A_WHOLE_NUMBER = Long.MIN_VALUE;

    /**
     * The value of text that is a whole number: an optional {@code -} and one or more ASCII digits.
     *
     * @param text the text
     * @return the number, or {@link #NOT_A_WHOLE_NUMBER}
     */
    static long wholeNumber(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (i == n) {
            return NOT_A_WHOLE_NUMBER;
        }
        long value = 0;
        for (; i < n; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
                return NOT_A_WHOLE_NUMBER;
            }
            value = value * 10 + digit;
        }
        return text.charAt(0) == '-' ? -value : value;
    }

    /** A recursive-descent parser over one template; the first problem found ends it. */
    private static final class Parser {
        private final String s;
        private final int n;
        private int pos;
        /** Whether the template has a placeholder or a selector, so that rendering it can change it. */
        boolean anyArgument;

        Parser(String s) {
            this.s = s;
            this.n = s.length();
        }

        /**
         * Parses text up to the end of the template (outside any selector, {@code branchOf} null) or up
         * to the <code>}</code> that closes a branch of the selector {@code branchOf}, leaving {@link #pos}
         * on it. Outside a selector, a brace that opens neither a placeholder nor a selector, a <code>}</code>
         * and a {@code #} are text; inside a branch every brace belongs to the syntax, and {@code #} is
         * the number when the branch is inside a plural ({@code inPlural}), text otherwise.
         *
         * @param branchOf what the enclosing selector is, as in "the plural of {n}", or null
         * @param inPlural whether a plural encloses the text, so that {@code #} is its number
         */
        Segment[] message(String branchOf, boolean inPlural) {
            boolean inBranch = branchOf != null;
            List<Segment> segments = new ArrayList<>();
            int text = pos;
            while (pos < n) {
                char c = s.charAt(pos);
                int start = pos;
                Segment segment = null;
                if (c == '}' && inBranch) {
                    break;
                } else if (c == '#' && inPlural) {
                    segment = NUMBER_SIGN;
                    pos++;
                } else if (c == '{') {
                    segment = argument(branchOf, inPlural);
                }
                if (segment == null) {
                    pos++;
                } else {
                    if (start > text) {
                        segments.add(literal(s.substring(text, start)));
                    }
                    segments.add(segment);
                    text = pos;
                }
            }
            if (pos > text) {
                segments.add(literal(s.substring(text, pos)));
            }
            return segments.toArray(new Segment[0]);
        }

        /**
         * At a <code>{</code>: a placeholder {@code {name}}, a selector when a name (spaces allowed around
         * it) is followed by a comma, or null for a literal brace outside any selector.
         */
        private Segment argument(String branchOf, boolean inPlural) {
            int open = pos;
            int nameEnd = nameEnd(open + 1);
            if (nameEnd > open + 1 && nameEnd < n && s.charAt(nameEnd) == '}') {
                pos = nameEnd + 1;
                anyArgument = true;
                return placeholder(s.substring(open + 1, nameEnd), s.substring(open, pos));
            }
            int name = skipSpaces(open + 1);
            nameEnd = nameEnd(name);
            int comma = skipSpaces(nameEnd);
            if (nameEnd > name && comma < n && s.charAt(comma) == ',') {
                pos = comma + 1;
                anyArgument = true;
                return selector(open, s.substring(name, nameEnd), inPlural);
            }
            if (branchOf != null) {
                throw problem(
                        open, "a '{' in a branch of " + branchOf + " opens no placeholder {name}, plural or select");
            }
            return null;
        }

        /**
         * After {@code {name,}: the rest of a plural or select selector, up to and including its closing
         * brace.
         */
        private Segment selector(int open, String name, boolean inPlural) {
            pos = skipSpaces(pos);
            int typeStart = pos;
            pos = wordEnd(pos);
            String type = s.substring(typeStart, pos);
            boolean plural = type.equals("plural");
            if (!plural && !type.equals("select")) {
                throw problem(
                        typeStart,
                        type.isEmpty()
                                ? "{" + name + ", …} needs the format 'plural' or 'select' after the comma"
                                : "{" + name + ", " + type + ", …} has the format '" + type
                                        + "'; only 'plural' and 'select' are supported");
            }
            String what = "the " + type + " of {" + name + "}";
            pos = skipSpaces(pos);
            if (pos >= n || s.charAt(pos) != ',') {
                throw problem(pos, what + " needs a ',' after '" + type + "'");
            }
            pos++;
            Branches branches = plural ? new PluralBranches() : new SelectBranches();
            while (true) {
                pos = skipSpaces(pos);
                if (pos >= n) {
                    throw problem(open, what + " is not closed: a '}' is missing");
                }
                if (s.charAt(pos) == '}') {
                    pos++;
                    break;
                }
                int selectorStart = pos;
                pos = wordEnd(pos);
                String selector = s.substring(selectorStart, pos);
                if (selector.isEmpty()) {
                    throw problem(
                            selectorStart, what + " has a branch without a selector (" + branches.selectors() + ")");
                }
                String wrong = branches.check(selector);
                if (wrong != null) {
                    throw problem(selectorStart, what + wrong);
                }
                pos = skipSpaces(pos);
                if (pos >= n || s.charAt(pos) != '{') {
                    throw problem(pos, what + " needs a '{' after '" + selector + "'");
                }
                int branchOpen = pos++;
                Segment[] branch = message(what, plural || inPlural);
                if (pos >= n) {
                    throw problem(
                            branchOpen,
                            "the branch '" + selector + "' of " + what + " is not closed: a '}' is missing");
                }
                pos++;
                branches.add(selector, branch);
            }
            if (branches.other == null) {
                throw problem(open, what + " has no 'other' branch");
            }
            return branches.segment(name);
        }

        /** The branches of one selector as they are read, checked one by one. */
        private abstract static class Branches {
            /** The {@code other} branch, once read. */
            Segment[] other;

            /** The selectors the format accepts, for the problem of a branch without one. */
            abstract String selectors();

            /**
             * Checks a selector before its branch is read.
             *
             * @return null when the selector is fine, else what is wrong, to follow the selector's name
             */
            abstract String check(String selector);

            /** Records the branch of a selector that {@link #check} accepted. */
            abstract void add(String selector, Segment[] branch);

            /** The segment of the selector, once every branch is read and {@code other} is there. */
            abstract Segment segment(String name);

            /** The problem of a branch given twice. */
            static String twice(String selector) {
                return " has the branch '" + selector + "' twice";
            }
        }

        /** A plural's branches: exact matches {@code =N}, {@code one} and {@code other}. */
        private static final class PluralBranches extends Branches {
            private final List<Long> exactValues = new ArrayList<>();
            private final List<Segment[]> exactBranches = new ArrayList<>();
            private Segment[] one;

            @Override
            String selectors() {
                return "one, other or =N";
            }

            @Override
            String check(String selector) {
                if (selector.startsWith("=")) {
                    Long exact = exactValue(selector);
                    if (exact == null) {
                        return " has the exact match '" + selector + "'; write '=' and a whole number, as in =0";
                    }
                    return exactValues.contains(exact) ? " has the exact match '" + selector + "' twice" : null;
                }
                if (!selector.equals("one") && !selector.equals("other")) {
                    return " has the unknown keyword '" + selector
                            + "'; Danish and English use only 'one' and 'other', and exact matches such as '=0'";
                }
                return (selector.equals("one") ? one != null : other != null) ? twice(selector) : null;
            }

            @Override
            void add(String selector, Segment[] branch) {
                if (selector.startsWith("=")) {
                    exactValues.add(exactValue(selector));
                    exactBranches.add(branch);
                } else if (selector.equals("one")) {
                    one = branch;
                } else {
                    other = branch;
                }
            }

            @Override
            Segment segment(String name) {
                long[] values = new long[exactValues.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = exactValues.get(i);
                }
                return new Plural(name, values, exactBranches.toArray(new Segment[0][]), one, other);
            }
        }

        /** A select's branches: values and {@code other}. */
        private static final class SelectBranches extends Branches {
            private final Map<String, Segment[]> branches = new HashMap<>();

            @Override
            String selectors() {
                return "a value or other";
            }

            @Override
            String check(String selector) {
                for (int i = 0; i < selector.length(); i++) {
                    if (!isValueChar(selector.charAt(i))) {
                        return " has the value '" + selector + "'; a value is ASCII letters, digits, '-', '_' and '.'";
                    }
                }
                return (selector.equals("other") ? other != null : branches.containsKey(selector))
                        ? twice(selector)
                        : null;
            }

            @Override
            void add(String selector, Segment[] branch) {
                if (selector.equals("other")) {
                    other = branch;
                } else {
                    branches.put(selector, branch);
                }
            }

            @Override
            Segment segment(String name) {
                return new Select(name, branches, other);
            }

            private static boolean isValueChar(char c) {
                return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '_' || c == '.';
            }
        }

        /** The value of an exact match {@code =N}, or null when N is not a whole number of ASCII digits. */
        private static Long exactValue(String selector) {
            String digits = selector.substring(1);
            if (digits.startsWith("-")) {
                return null;
            }
            long value = wholeNumber(digits);
            return value == NOT_A_WHOLE_NUMBER ? null : value;
        }

        /** The end of a name (an ASCII letter, then ASCII letters and digits) starting at {@code i}. */
        private int nameEnd(int i) {
            if (i >= n || !isAsciiLetter(s.charAt(i))) {
                return i;
            }
            i++;
            while (i < n && (isAsciiLetter(s.charAt(i)) || isAsciiDigit(s.charAt(i)))) {
                i++;
            }
            return i;
        }

        /** The end of a word: everything up to a space, a comma or a brace. */
        private int wordEnd(int i) {
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == ',' || c == '{' || c == '}') {
                    break;
                }
                i++;
            }
            return i;
        }

        private int skipSpaces(int i) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private static IllegalArgumentException problem(int at, String message) {
            return new IllegalArgumentException(message + " (at character " + (at + 1) + ")");
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
