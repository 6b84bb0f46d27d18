package cn.js.pilotzone.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.js.pilotzone.common.CreditCode;

class FieldKindTest {

    static final String FIRST_17 = "91320100MA1N2P3Q4";

    static String validCreditCode() {
        return FIRST_17 + CreditCode.checkCharacter(FIRST_17);
    }

    private static void assertFine(FieldKind kind, String value) {
        assertThat(kind.problem(value)).as("%s %s", kind, value).isEmpty();
    }

    private static void assertInvalid(FieldKind kind, String value) {
        assertThat(kind.problem(value)).as("%s %s", kind, value).contains("form.invalid." + kind.name());
    }

    @Test
    void mobileNumbersHaveElevenDigitsStartingWithThirteenToNineteen() {
        assertFine(FieldKind.MOBILE, "13812345678");
        assertFine(FieldKind.MOBILE, " 19912345678 ");
        assertInvalid(FieldKind.MOBILE, "12812345678");
        assertInvalid(FieldKind.MOBILE, "1381234567");
        assertInvalid(FieldKind.MOBILE, "138123456789");
    }

    @Test
    void phoneAcceptsMobileOrLandlineWithAreaCode() {
        assertFine(FieldKind.PHONE, "13812345678");
        assertFine(FieldKind.PHONE, "025-83331234");
        assertFine(FieldKind.PHONE, "0512-6888888");
        assertFine(FieldKind.PHONE, "02583331234");
        assertInvalid(FieldKind.PHONE, "83331234");
        assertInvalid(FieldKind.PHONE, "025-833");
    }

    @Test
    void postcodeHasSixDigits() {
        assertFine(FieldKind.POSTCODE, "210000");
        assertInvalid(FieldKind.POSTCODE, "21000");
        assertInvalid(FieldKind.POSTCODE, "2100000");
        assertInvalid(FieldKind.POSTCODE, "21000A");
    }

    @Test
    void emailNeedsALocalPartAndADomain() {
        assertFine(FieldKind.EMAIL, "zhang.san@example.gov.cn");
        assertInvalid(FieldKind.EMAIL, "zhang.san@example");
        assertInvalid(FieldKind.EMAIL, "zhang.san.example.cn");
        assertInvalid(FieldKind.EMAIL, "@example.cn");
    }

    @Test
    void websiteMustBeHttpOrHttps() {
        assertFine(FieldKind.WEBSITE, "https://www.example.gov.cn/park");
        assertFine(FieldKind.WEBSITE, "http://example.cn:8080");
        assertInvalid(FieldKind.WEBSITE, "ftp://example.cn");
        assertInvalid(FieldKind.WEBSITE, "www.example.cn");
    }

    @Test
    void dateMustBeARealIsoCalendarDay() {
        assertFine(FieldKind.DATE, "2028-02-29");
        assertFine(FieldKind.DATE, "2026-06-30");
        assertInvalid(FieldKind.DATE, "2026-02-29");
        assertInvalid(FieldKind.DATE, "2026-06-31");
        assertInvalid(FieldKind.DATE, "2026/06/30");
    }

    @Test
    void amountIsANonNegativeDecimalWithAtMostFourDecimals() {
        assertFine(FieldKind.AMOUNT, "0");
        assertFine(FieldKind.AMOUNT, "1200.5");
        assertFine(FieldKind.AMOUNT, "1200.1234");
        assertInvalid(FieldKind.AMOUNT, "-1");
        assertInvalid(FieldKind.AMOUNT, "1e5");
        assertInvalid(FieldKind.AMOUNT, "1.12345");
        assertInvalid(FieldKind.AMOUNT, "1,200");
    }

    @Test
    void signedAmountMayBeNegative() {
        assertFine(FieldKind.SIGNED_AMOUNT, "-30");
        assertFine(FieldKind.SIGNED_AMOUNT, "-30.25");
        assertFine(FieldKind.SIGNED_AMOUNT, "30");
        assertInvalid(FieldKind.SIGNED_AMOUNT, "--30");
        assertInvalid(FieldKind.SIGNED_AMOUNT, "1e5");
    }

    @Test
    void areaIsNeverNegative() {
        assertFine(FieldKind.AREA, "12.5");
        assertInvalid(FieldKind.AREA, "-0.5");
    }

    @Test
    void countIsANonNegativeWholeNumber() {
        assertFine(FieldKind.COUNT, "12");
        assertFine(FieldKind.COUNT, "0");
        assertInvalid(FieldKind.COUNT, "1.5");
        assertInvalid(FieldKind.COUNT, "-1");
        assertInvalid(FieldKind.COUNT, "twelve");
    }

    @Test
    void creditCodeMustCarryTheRightCheckCharacter() {
        String valid = validCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';

        assertFine(FieldKind.CREDIT_CODE, valid);
        assertInvalid(FieldKind.CREDIT_CODE, FIRST_17 + wrong);
        assertInvalid(FieldKind.CREDIT_CODE, FIRST_17);
        assertInvalid(FieldKind.CREDIT_CODE, valid.replace('M', 'I'));
    }

    @Test
    void flagIsTrueOrFalse() {
        assertFine(FieldKind.FLAG, "true");
        assertFine(FieldKind.FLAG, "false");
        assertInvalid(FieldKind.FLAG, "yes");
    }

    @Test
    void textLongerThanItsKindAllowsIsTooLong() {
        assertFine(FieldKind.TEXT, "园".repeat(200));
        assertThat(FieldKind.TEXT.problem("园".repeat(201))).contains("form.invalid.tooLong");
        assertFine(FieldKind.LONG_TEXT, "园".repeat(5000));
        assertThat(FieldKind.LONG_TEXT.problem("园".repeat(5001))).contains("form.invalid.tooLong");
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheLength() {
        assertFine(FieldKind.TEXT, "  " + "园".repeat(200) + "  ");
    }

    @Test
    void onlyLongTextIsMultiline() {
        assertThat(Arrays.stream(FieldKind.values()).filter(FieldKind::multiline)).containsExactly(FieldKind.LONG_TEXT);
    }

    @Test
    void moneyAndAreaKindsNameTheirUnit() {
        assertThat(FieldKind.AMOUNT.unitKey()).isEqualTo("unit.wanYuan");
        assertThat(FieldKind.SIGNED_AMOUNT.unitKey()).isEqualTo("unit.wanYuan");
        assertThat(FieldKind.AREA.unitKey()).isEqualTo("unit.squareKilometre");
        assertThat(FieldKind.COUNT.unitKey()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1200.5", "-30", "999999999999.9999"})
    void decimalParsesWhatSignedAmountAccepts(String value) {
        assertThat(FieldKind.decimal(value)).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(value));
    }

    @Test
    void aCreditCodeIsStoredInCapitalsSoThatALowerCaseOneIsAcceptedToo() {
        String first17 = "91320100MA1XYW000";
        String code = first17 + cn.js.pilotzone.common.CreditCode.checkCharacter(first17);

        String stored = FieldKind.CREDIT_CODE.normalise("  " + code.toLowerCase() + " ");

        assertThat(stored).isEqualTo(code);
        assertThat(FieldKind.CREDIT_CODE.problem(stored)).isEmpty();
    }
}
