package cn.js.pilotzone.application;

import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.AppendixC;
import cn.js.pilotzone.application.form.FormSchema;

/**
 * What a park files: its application (申报书, Appendix A), and once designated its annual reports
 * (§7.1), the development report of each re-evaluation (§7.2) and the report on a rectification
 * (限期整改), all three on the form of Appendix C. They share the pages, the evidence, the versions
 * and the access rules; each has its own form, document code and path through review.
 */
public enum DossierKind {
    APPLICATION("SQ", AppendixA.SCHEMA),
    ANNUAL_REPORT("NB", AppendixC.ANNUAL),
    RE_EVALUATION("FH", AppendixC.RE_EVALUATION),
    RECTIFICATION("ZG", AppendixC.RECTIFICATION_REPORT);

    private final String codePrefix;
    private final FormSchema schema;

    DossierKind(String codePrefix, FormSchema schema) {
        this.codePrefix = codePrefix;
        this.schema = schema;
    }

    /** The letters that start the code printed on every page of its documents. */
    public String codePrefix() {
        return codePrefix;
    }

    public FormSchema schema() {
        return schema;
    }

    /** A report of a designated park rather than an application for the title. */
    public boolean isReport() {
        return this != APPLICATION;
    }

    /** An expert panel rates it before the province decides; an annual report is only filed. */
    public boolean ratedByPanel() {
        return this != ANNUAL_REPORT;
    }
}
