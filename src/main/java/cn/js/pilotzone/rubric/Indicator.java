package cn.js.pilotzone.rubric;

import java.util.Locale;

/**
 * One indicator of a rubric version.
 *
 * @param sectionKey the section of the 申报书 whose content and evidence the indicator judges
 */
public record Indicator(long id, int order, String categoryZh, String categoryEn, String nameZh, String nameEn,
        String contentZh, String sectionKey) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String category(Locale locale) {
        return "en".equals(locale.getLanguage()) ? categoryEn : categoryZh;
    }
}
