package com.vmsflow.sandbox.ajio.inventory;

import java.util.Comparator;

/**
 * Strings in Unicode code point order: the order of their UTF-8 bytes, which is PostgreSQL's {@code collate "C"}.
 * {@link String#compareTo} compares UTF-16 units instead, which puts a supplementary character (a surrogate pair,
 * units D800-DFFF) before the characters E000-FFFF; shifting the units as below restores code point order.
 */
final class CodePointOrder implements Comparator<String> {

    static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(shifted(x), shifted(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Surrogates above every other unit, E000-FFFF just below them; the rest keeps its place. */
    private static int shifted(char unit) {
        if (unit >= Character.MIN_SURROGATE && unit <= Character.MAX_SURROGATE) {
            return unit + 0x2000;
        }
        return unit >= 0xE000 ? unit - 0x800 : unit;
    }
}
