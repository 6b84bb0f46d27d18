package cn.js.pilotzone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 Appendix B: the ASCII seed "12345678901234567890" for HMAC-SHA1, in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void producesTheCodesOfRfc6238AppendixB() {
        // The RFC lists 8-digit codes; 6-digit codes are their last six digits (value mod 10^6).
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDrift() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now, null)).hasValue(step);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
    }

    @Test
    void refusesACodeTwoStepsOld() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String old = Totp.codeAt(RFC_SECRET, Totp.stepAt(now) - 2);
        assertThat(Totp.verify(RFC_SECRET, old, now, null)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now, step)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(Totp.verify(RFC_SECRET, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now, null)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void newSecretsAreBase32OfTwentyBytesAndDiffer() {
        String first = Totp.newSecret();
        assertThat(first).matches("[A-Z2-7]{32}");
        assertThat(Totp.newSecret()).isNotEqualTo(first);
    }
}
