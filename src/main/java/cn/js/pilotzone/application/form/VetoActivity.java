package cn.js.pilotzone.application.form;

/**
 * The activities of §5 (评估流程, 一票否决) any one of which in a park vetoes its application. The
 * standard lists exchange between fiat and virtual currency and exchange among virtual currencies in
 * one phrase; they are declared separately, which makes seven.
 */
public enum VetoActivity {
    MINING,
    FIAT_CRYPTO_EXCHANGE,
    CRYPTO_CRYPTO_EXCHANGE,
    CENTRAL_COUNTERPARTY,
    INFORMATION_AND_PRICING,
    TOKEN_FINANCING,
    DERIVATIVES;

    public static java.util.Set<String> names() {
        return java.util.Arrays.stream(values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
