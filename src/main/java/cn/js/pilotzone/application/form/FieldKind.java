package cn.js.pilotzone.application.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.js.pilotzone.common.CreditCode;
import cn.js.pilotzone.common.Formats;

/**
 * What a field of the form holds, and how a typed value is checked. Values are kept as the text the
 * user typed, so that a draft never loses input; they are parsed when checked and when figures are
 * computed.
 */
public enum FieldKind {
    TEXT(200, null),
    LONG_TEXT(5000, null),
    MOBILE(11, null),
    PHONE(24, null),
    POSTCODE(6, null),
    EMAIL(100, null),
    WEBSITE(200, null),
    DATE(10, null),
    /** Money in 万元 (ten thousand yuan), never negative. */
    AMOUNT(18, "unit.wanYuan"),
    /** Money in 万元 that may be negative, as a profit may be a loss. */
    SIGNED_AMOUNT(18, "unit.wanYuan"),
    /** Square kilometres. */
    AREA(12, "unit.squareKilometre"),
    COUNT(9, null),
    CREDIT_CODE(18, null),
    CHOICE(40, null),
    FLAG(5, null);

    private static final Pattern LANDLINE = Pattern.compile("^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$");
    private static final Pattern MOBILE_NUMBER = Pattern.compile(Formats.MOBILE);
    private static final Pattern POSTCODE_DIGITS = Pattern.compile("^\\d{6}$");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/\\S*)?$");
    private static final Pattern DECIMAL = Pattern.compile("^-?\\d{1,12}(\\.\\d{1,4})?$");
    private static final Pattern WHOLE = Pattern.compile("^\\d{1,9}$");

    private final int maxLength;
    private final String unitKey;

    FieldKind(int maxLength, String unitKey) {
        this.maxLength = maxLength;
        this.unitKey = unitKey;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The message key of the unit shown beside the field, or null. */
    public String unitKey() {
        return unitKey;
    }

    /** The value as stored: trimmed, and a credit code in capitals as GB 32100 writes it. */
    public String normalise(String value) {
        String v = value == null ? "" : value.strip();
        return this == CREDIT_CODE ? v.toUpperCase(java.util.Locale.ROOT) : v;
    }

    public boolean multiline() {
        return this == LONG_TEXT;
    }

    /** The message key of what is wrong with a non-blank value, if anything. */
    Optional<String> problem(String value) {
        String v = value.strip();
        boolean fine = switch (this) {
            case TEXT, LONG_TEXT, CHOICE -> true;
            case MOBILE -> MOBILE_NUMBER.matcher(v).matches();
            case PHONE -> MOBILE_NUMBER.matcher(v).matches() || LANDLINE.matcher(v).matches();
            case POSTCODE -> POSTCODE_DIGITS.matcher(v).matches();
            case EMAIL -> EMAIL_ADDRESS.matcher(v).matches();
            case WEBSITE -> WEB_ADDRESS.matcher(v).matches();
            case DATE -> date(v).isPresent();
            case AMOUNT, AREA -> decimal(v).filter(d -> d.signum() >= 0).isPresent();
            case SIGNED_AMOUNT -> decimal(v).isPresent();
            case COUNT -> WHOLE.matcher(v).matches();
            case CREDIT_CODE -> CreditCode.isValid(v);
            case FLAG -> "true".equals(v) || "false".equals(v);
        };
        if (fine && v.length() > maxLength) {
            return Optional.of("form.invalid.tooLong");
        }
        return fine ? Optional.empty() : Optional.of("form.invalid." + name());
    }

    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> decimal(String value) {
        String v = value.strip();
        return DECIMAL.matcher(v).matches() ? Optional.of(new BigDecimal(v)) : Optional.empty();
    }
}
