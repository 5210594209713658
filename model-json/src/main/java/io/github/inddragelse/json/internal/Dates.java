package io.github.inddragelse.json.internal;

import java.time.LocalDate;

/**
 * Reads the format's dates, {@code yyyy-mm-dd} in the years 0000 to 9999, by hand: strict ISO-8601
 * calendar dates as {@link LocalDate#parse} reads them, without its general-purpose formatter.
 */
final class Dates {

    private Dates() {}

    /**
     * Whether a text has the shape of a date: four digits, a hyphen, two digits, a hyphen, two
     * digits; no sign, no more digits, no other characters.
     *
     * @param text a buffer holding the text
     * @param offset where the text starts in it
     * @param length how long the text is
     * @return true if it has the shape
     */
    static boolean shaped(char[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text[offset + i];
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The date of a text that has the {@linkplain #shaped shape} of one.
     *
     * @param text a buffer holding the text
     * @param offset where the text starts in it
     * @return the date, or null if the month or the day does not exist (a 13th month, the 30th of
     *     February, the 29th of February outside a leap year)
     */
    static LocalDate parse(char[] text, int offset) {
        int year = digits(text, offset, offset + 4);
        int month = digits(text, offset + 5, offset + 7);
        int day = digits(text, offset + 8, offset + 10);
        if (month < 1 || month > 12 || day < 1 || day > length(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(char[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    private static int length(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
