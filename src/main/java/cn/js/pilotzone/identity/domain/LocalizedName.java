package cn.js.pilotzone.identity.domain;

import java.util.Locale;

final class LocalizedName {

    private LocalizedName() {
    }

    /** Chinese first: any locale other than English gets the Chinese name. */
    static String pick(Locale locale, String zh, String en) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
