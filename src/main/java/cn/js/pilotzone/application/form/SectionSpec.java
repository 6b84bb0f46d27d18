package cn.js.pilotzone.application.form;

import java.util.List;

/**
 * A section of the 申报书 in the order of Appendix A. Its title is the message {@code form.section.<key>}.
 *
 * @param needsEvidence Appendix A asks for evidence (须附相关证明材料) in this section
 */
public record SectionSpec(String key, List<FieldSpec> fields, List<RosterSpec> rosters, boolean needsEvidence) {

    public SectionSpec {
        fields = List.copyOf(fields);
        rosters = List.copyOf(rosters);
    }

    public String titleKey() {
        return "form.section." + key;
    }
}
