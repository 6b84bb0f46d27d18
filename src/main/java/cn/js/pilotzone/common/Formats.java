package cn.js.pilotzone.common;

/** Formats that forms across the system check in the same way. */
public final class Formats {

    /** A mainland mobile number: 11 digits starting 13–19. */
    public static final String MOBILE = "^1[3-9]\\d{9}$";

    /** A login name: a letter, then letters, digits, dot, underscore or hyphen; 4 to 32 in all. */
    public static final String LOGIN_NAME = "^[A-Za-z][A-Za-z0-9._-]{3,31}$";

    private Formats() {
    }
}
