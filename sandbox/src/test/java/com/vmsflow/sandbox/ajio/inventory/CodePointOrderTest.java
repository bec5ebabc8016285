package com.vmsflow.sandbox.ajio.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOrderTest {

    /** PostgreSQL's {@code collate "C"}: unsigned UTF-8 bytes. */
    private static int utf8Order(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itOrdersAsUtf8BytesDo() {
        Random random = new Random(16);
        int[] pool = {'-', '0', 'A', 'Z', '_', 'a', 'z', 0xE9, 0x20AC, 0xD7FF, 0xE000, 0xFF21, 0xFFFD, 0x1F600,
                0x10FFFF};
        for (int i = 0; i < 20_000; i++) {
            String a = randomString(random, pool);
            String b = randomString(random, pool);
            assertThat(Integer.signum(CodePointOrder.INSTANCE.compare(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(utf8Order(a, b)));
        }
    }

    @Test
    void aSupplementaryCharacterComesAfterTheEndOfTheBasicPlane() {
        assertThat(CodePointOrder.INSTANCE.compare("\uD83D\uDE00", "\uFF21")).isPositive();
        assertThat("\uD83D\uDE00".compareTo("\uFF21")).as("what String.compareTo would say").isNegative();
        assertThat(CodePointOrder.INSTANCE.compare("SKU-A", "SKU-A1")).isNegative();
        assertThat(CodePointOrder.INSTANCE.compare("SKU-B", "SKU-a")).isNegative();
    }

    private static String randomString(Random random, int[] pool) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return text.toString();
    }
}
