package cn.js.pilotzone.common;

import java.security.SecureRandom;

/**
 * The random part of a document code. Codes are printed on paper and open public verification pages,
 * so they must not be guessable by counting; Crockford's base 32 leaves out I, L, O and U, which are
 * easily misread when a code is typed from paper.
 */
public final class RandomCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    public static String of(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
