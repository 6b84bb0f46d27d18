package cn.js.pilotzone.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rule of a level-3 (等保三级) system: at least 8 characters, from at least 3 of the 4
 * classes (upper case, lower case, digits, other characters), and not containing the login name.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final int MAXIMUM_LENGTH = 64;
    public static final int REQUIRED_CLASSES = 3;

    private PasswordPolicy() {
    }

    /** @return message keys of every rule the password breaks; empty if it is acceptable */
    public static List<String> violations(String loginName, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.length() < MINIMUM_LENGTH) {
            violations.add("password.policy.tooShort");
        }
        if (password != null && password.length() > MAXIMUM_LENGTH) {
            violations.add("password.policy.tooLong");
        }
        if (password != null && characterClasses(password) < REQUIRED_CLASSES) {
            violations.add("password.policy.classes");
        }
        if (password != null && loginName != null && !loginName.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(loginName.toLowerCase(Locale.ROOT))) {
            violations.add("password.policy.containsLoginName");
        }
        return violations;
    }

    static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
