package cn.js.pilotzone.application.form;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.js.pilotzone.common.NotFoundException;

/**
 * One form of the standard, section by section: Appendix A for an application, Appendix C for the
 * reports of a designated park. Pages, checks, spreadsheets and printed documents are all driven by
 * the schema of the dossier at hand.
 *
 * @param vetoDeclaration the form ends with the declaration of §5 and carries the indicator figures
 */
public record FormSchema(String key, List<SectionSpec> sections, boolean vetoDeclaration) {

    public FormSchema {
        sections = List.copyOf(sections);
    }

    public Optional<SectionSpec> section(String sectionKey) {
        return sections.stream().filter(s -> s.key().equals(sectionKey)).findFirst();
    }

    public SectionSpec sectionOrNotFound(String sectionKey) {
        return section(sectionKey).orElseThrow(() -> new NotFoundException("section " + sectionKey));
    }

    public Optional<RosterSpec> roster(String rosterKey) {
        return rosters().filter(r -> r.key().equals(rosterKey)).findFirst();
    }

    public RosterSpec rosterOrNotFound(String rosterKey) {
        return roster(rosterKey).orElseThrow(() -> new NotFoundException("roster " + rosterKey));
    }

    public Stream<RosterSpec> rosters() {
        return sections.stream().flatMap(s -> s.rosters().stream());
    }

    /** The section a roster belongs to. */
    public SectionSpec sectionOf(RosterSpec roster) {
        return sections.stream().filter(s -> s.rosters().contains(roster)).findFirst().orElseThrow();
    }

    /**
     * Where a reader looks for what a section of another form of the same indicators answers: the
     * section itself if this form has it, otherwise the last section, where a rectification report
     * answers every shortcoming at once.
     */
    public String anchorFor(String sectionKey) {
        return section(sectionKey).map(SectionSpec::key).orElse(sections.get(sections.size() - 1).key());
    }

    public List<String> sectionKeys() {
        return sections.stream().map(SectionSpec::key).toList();
    }
}
