package cn.js.pilotzone.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodesOfRegisteredEnterprises() {
        assertThat(CreditCode.isValid("914403001922038216")).isTrue();
        assertThat(CreditCode.isValid("91330100716105852F")).isTrue();
        assertThat(CreditCode.isValid("9144030071526726XG")).isTrue();
    }

    @Test
    void refusesACodeWhoseCheckCharacterIsWrong() {
        assertThat(CreditCode.isValid("914403001922038217")).isFalse();
        assertThat(CreditCode.isValid("91330100716105852G")).isFalse();
    }

    @Test
    void refusesWrongLengthAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.isValid("91440300192203821")).isFalse();
        assertThat(CreditCode.isValid("9144030019220382160")).isFalse();
        assertThat(CreditCode.isValid("91440300192203821I")).isFalse();
        assertThat(CreditCode.isValid("9144030019220382l6")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void aCheckValueOfZeroIsTheDigitZero() {
        String first17 = findPrefixWithCheck('0');
        assertThat(CreditCode.isValid(first17 + "0")).isTrue();
    }

    private static String findPrefixWithCheck(char wanted) {
        for (int n = 0; n < 1000; n++) {
            String prefix = String.format("91320100MA1%06d", n);
            if (CreditCode.checkCharacter(prefix) == wanted) {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
