package cn.js.pilotzone.application.form;

import java.util.List;

/**
 * A section of a form in the order of its appendix. Its title is the message {@code form.section.<key>}.
 *
 * @param evidence whether the section takes evidence files, and whether the form demands them
 */
public record SectionSpec(String key, List<FieldSpec> fields, List<RosterSpec> rosters, Evidence evidence) {

    /** Evidence a section takes: Appendix A demands it (须附相关证明材料); Appendix C only allows it. */
    public enum Evidence {
        NONE, OPTIONAL, REQUIRED
    }

    public SectionSpec {
        fields = List.copyOf(fields);
        rosters = List.copyOf(rosters);
    }

    public String titleKey() {
        return "form.section." + key;
    }

    /** Files may be attached here. */
    public boolean acceptsEvidence() {
        return evidence != Evidence.NONE;
    }

    /** A complete form has at least one file here. */
    public boolean needsEvidence() {
        return evidence == Evidence.REQUIRED;
    }
}
