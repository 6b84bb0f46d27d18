package cn.js.pilotzone.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationEvidence;
import cn.js.pilotzone.application.domain.ApplicationEvidenceRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.application.domain.EvidenceItem;
import cn.js.pilotzone.application.domain.VetoKeyword;
import cn.js.pilotzone.application.domain.VetoKeywordRepository;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.AppendixC;
import cn.js.pilotzone.application.form.EarlierEntries;
import cn.js.pilotzone.application.form.FormSchema;
import cn.js.pilotzone.application.form.FieldSpec;
import cn.js.pilotzone.application.form.FormCheck;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.Issue;
import cn.js.pilotzone.application.form.RosterSpec;
import cn.js.pilotzone.application.form.SectionSpec;
import cn.js.pilotzone.application.form.VetoActivity;
import cn.js.pilotzone.application.form.VetoScreening;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.documents.SheetRow;
import cn.js.pilotzone.documents.Spreadsheets;
import cn.js.pilotzone.evidence.EvidenceRejected;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.evidence.FileType;
import cn.js.pilotzone.evidence.StoredFile;
import cn.js.pilotzone.identity.AccountPrincipal;

/**
 * Filling the 申报书 or a report: fields, roster rows, spreadsheets, evidence and the veto declaration. Every
 * change is refused once the application is submitted, and is made under a lock of the application
 * row, so that two tabs or two colleagues never overwrite each other's rows.
 */
@Service
public class ApplicationForms {

    /** Evidence may be a scan, a photo, an office document or an OFD file: every type the store knows. */
    private static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.values());

    /** A value longer than this is cut: no field of Appendix A needs more, and it bounds the JSON. */
    private static final int MAX_STORED_VALUE = 20_000;

    private final ApplicationAccess access;
    private final ApplicationRepository applications;
    private final EvaluationRoundRepository rounds;
    private final ApplicationEvidenceRepository evidenceLinks;
    private final VetoKeywordRepository keywords;
    private final EvidenceStore store;
    private final RosterSheets sheets;
    private final ApplicationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationForms(ApplicationAccess access, ApplicationRepository applications, EvaluationRoundRepository rounds,
            ApplicationEvidenceRepository evidenceLinks, VetoKeywordRepository keywords, EvidenceStore store,
            RosterSheets sheets, ApplicationProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.applications = applications;
        this.rounds = rounds;
        this.evidenceLinks = evidenceLinks;
        this.keywords = keywords;
        this.store = store;
        this.sheets = sheets;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Everything the form pages show of a draft, for its own park. */
    public record Draft(long id, DossierKind kind, ApplicationStatus status, int versionsSubmitted, FormContent content,
            LocalDate cutoff, IndicatorFigures figures, List<Issue> issues, List<EvidenceItem> evidence,
            List<VetoScreening.Hit> screening) {

        public FormSchema schema() {
            return kind.schema();
        }

        public List<EvidenceItem> evidenceOf(String section) {
            return evidence.stream().filter(e -> e.section().equals(section)).toList();
        }

        public long issueCount(String section) {
            return issues.stream().filter(i -> i.section().equals(section)).count();
        }

        public boolean editable() {
            return status.editable();
        }

        /** Taken back only before the city has acted. */
        public boolean withdrawable() {
            return status == ApplicationStatus.SUBMITTED;
        }
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Draft draft(long id, AccountPrincipal me) {
        Application application = access.readable(id, me);
        LocalDate cutoff = cutoff(application);
        List<EvidenceItem> evidence = evidence(application.id());
        FormContent content = application.content();
        return new Draft(application.id(), application.kind(), application.status(),
                application.versionsSubmitted(), content, cutoff, figures(application, cutoff),
                FormCheck.completeness(application.kind().schema(), content, cutoff,
                        EvidenceItem.countBySection(evidence)),
                evidence, screening(application));
    }

    /** The figures of Table 1 belong to an application; a report lists what is new instead. */
    IndicatorFigures figures(Application application, LocalDate cutoff) {
        return application.kind().schema().vetoDeclaration() ? IndicatorFigures.of(application.content(), cutoff) : null;
    }

    /** An application's enterprises, or a report's new ones, screened for the activities of §5. */
    List<VetoScreening.Hit> screening(Application application) {
        String roster = application.kind().isReport() ? AppendixC.ENTERPRISES.key() : AppendixA.ENTERPRISES.key();
        return VetoScreening.screen(application.content().rows(roster), keywordList());
    }

    /** The form of a dossier its reader may see: Appendix A or one of Appendix C. */
    @Transactional(readOnly = true)
    public FormSchema schema(long id, AccountPrincipal me) {
        return access.readable(id, me).kind().schema();
    }

    /** Saves the typed values of one section as they are, valid or not, so nothing typed is lost. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void saveFields(long id, String sectionKey, Map<String, String> values, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        SectionSpec section = application.kind().schema().sectionOrNotFound(sectionKey);
        Map<String, String> own = new LinkedHashMap<>();
        for (FieldSpec field : section.fields()) {
            if (values.containsKey(field.key())) {
                own.put(field.key(), cut(values.get(field.key())));
            }
        }
        application.edit(application.content().withFields(own));
    }

    /**
     * Adds a row ({@code index} null) or replaces the 0-based row {@code index} of the roster the page
     * saw ({@code fingerprint}). A row is saved only when it is valid; otherwise its problems come
     * back by column key and nothing changes.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public Map<String, String> saveRow(long id, String rosterKey, Integer index, String fingerprint,
            Map<String, String> values, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        RosterSpec roster = application.kind().schema().rosterOrNotFound(rosterKey);
        application.requireDraft();
        List<Map<String, String>> rows = application.content().rows(rosterKey);
        if (index != null) {
            requireRow(application, rosterKey, index, fingerprint);
        }
        if (index == null && rows.size() >= RosterSpec.MAX_ROWS) {
            throw new DomainException("form.roster.full", RosterSpec.MAX_ROWS);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (FieldSpec column : roster.columns()) {
            String value = column.kind().normalise(values.get(column.key()));
            if (!value.isEmpty()) {
                row.put(column.name(), cut(value));
            }
        }
        Map<String, String> problems = new LinkedHashMap<>(FormCheck.rowProblems(roster, row, cutoff(application)));
        if (earlierEntries(application).listedBefore(roster, row)) {
            problems.putIfAbsent(roster.key() + "." + roster.uniqueColumn(), "form.invalid.listedBefore");
        }
        List<Map<String, String>> after = new ArrayList<>(rows);
        if (index == null) {
            after.add(row);
        } else {
            after.set(index, row);
        }
        int position = index == null ? after.size() : index + 1;
        if (FormCheck.duplicateRows(roster, after).contains(position)) {
            problems.putIfAbsent(roster.key() + "." + roster.uniqueColumn(), "form.invalid.duplicate");
        }
        if (problems.isEmpty()) {
            application.edit(application.content().withRows(rosterKey, after));
        }
        return problems;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void deleteRow(long id, String rosterKey, int index, String fingerprint, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        application.kind().schema().rosterOrNotFound(rosterKey);
        application.requireDraft();
        requireRow(application, rosterKey, index, fingerprint);
        application.edit(application.content().withoutRow(rosterKey, index));
    }

    private static void requireRow(Application application, String rosterKey, int index, String fingerprint) {
        if (index < 0 || index >= application.content().rows(rosterKey).size()) {
            throw new NotFoundException("row " + index);
        }
        if (!application.content().rosterFingerprint(rosterKey).equals(fingerprint)) {
            throw new DomainException("form.staleRow");
        }
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void declareVeto(long id, Collection<String> declared, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        if (!application.kind().schema().vetoDeclaration()) {
            throw new NotFoundException("veto declaration of " + id);
        }
        Set<String> known = VetoActivity.names();
        Set<String> kept = declared.stream().filter(known::contains).collect(Collectors.toSet());
        application.edit(application.content().withVetoDeclared(kept));
        events.publishEvent(ApplicationChanged.of(ApplicationAction.VETO_DECLARED, id,
                kept.size() + "/" + known.size()));
    }

    /** The roster as an .xlsx: with the current rows, it serves both as export and as template. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public byte[] rosterWorkbook(long id, String rosterKey, Locale locale, AccountPrincipal me) {
        Application application = access.readable(id, me);
        RosterSpec roster = application.kind().schema().rosterOrNotFound(rosterKey);
        List<List<String>> rows = application.content().rows(rosterKey).stream()
                .map(r -> sheets.cells(roster, r, locale)).toList();
        return Spreadsheets.write(roster.key(), sheets.headers(roster, locale), rows);
    }

    /** A row of an upload that cannot be imported, and why. */
    public record RowError(int row, String columnLabelKey, String messageKey) {
    }

    /**
     * What an upload did: nothing if any row was bad; otherwise how many rows it imported and how
     * many it left out because an earlier form already listed them.
     */
    public record ImportResult(List<RowError> errors, int imported, int listedBefore) {
    }

    /**
     * Replaces the roster with the rows of an uploaded workbook, all or nothing: if any row is bad,
     * nothing is imported and every bad row is reported with its number as Excel shows it. A report
     * takes the park's whole current list and keeps the rows that are new.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ImportResult importRoster(long id, String rosterKey, InputStream upload, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        RosterSpec roster = application.kind().schema().rosterOrNotFound(rosterKey);
        application.requireDraft();
        List<SheetRow> sheetRows = readWorkbook(upload, roster);
        LocalDate cutoff = cutoff(application);
        KeptRows kept = new KeptRows();
        List<RowError> errors = new ArrayList<>();
        EarlierEntries earlier = earlierEntries(application);
        for (SheetRow sheetRow : sheetRows) {
            Map<String, String> row = sheets.row(roster, sheetRow.cells());
            if (earlier.listedBefore(roster, row)) {
                kept.skipped++;
                continue;
            }
            FormCheck.rowProblems(roster, row, cutoff).forEach((column, problem) -> errors.add(
                    new RowError(sheetRow.rowNumber(), roster.column(column).orElseThrow().labelKey(), problem)));
            kept.rows.add(row);
            kept.sheetRows.add(sheetRow);
        }
        List<Map<String, String>> rows = kept.rows;
        for (int duplicate : FormCheck.duplicateRows(roster, rows)) {
            errors.add(new RowError(kept.sheetRows.get(duplicate - 1).rowNumber(),
                    roster.column(roster.key() + "." + roster.uniqueColumn()).orElseThrow().labelKey(),
                    "form.invalid.duplicate"));
        }
        if (sheetRows.isEmpty()) {
            throw new DomainException("form.import.empty");
        }
        if (!errors.isEmpty()) {
            return new ImportResult(errors, 0, kept.skipped);
        }
        application.edit(application.content().withRows(rosterKey, rows));
        events.publishEvent(ApplicationChanged.of(ApplicationAction.ROSTER_IMPORTED, id,
                rosterKey + " rows=" + rows.size() + " listedBefore=" + kept.skipped));
        return new ImportResult(List.of(), rows.size(), kept.skipped);
    }

    /** The rows of an upload that are kept, with the sheet rows they came from for error messages. */
    private static final class KeptRows {
        private final List<Map<String, String>> rows = new ArrayList<>();
        private final List<SheetRow> sheetRows = new ArrayList<>();
        private int skipped;
    }

    /** For a report, what the park's application and earlier reports listed; nothing for an application. */
    EarlierEntries earlierEntries(Application application) {
        if (!application.kind().isReport()) {
            return EarlierEntries.none();
        }
        return EarlierEntries.from(applications.findByParkOrganisationIdAndVersionsSubmittedGreaterThan(
                application.parkOrganisationId(), 0).stream()
                .filter(other -> !other.id().equals(application.id()))
                .filter(other -> other.status() != ApplicationStatus.TERMINATED)
                .map(Application::content).toList());
    }

    private List<SheetRow> readWorkbook(InputStream upload, RosterSpec roster) {
        return store.readWorkbook(upload, properties.maxWorkbook().toBytes(),
                workbook -> Spreadsheets.read(workbook, roster.columns().size(), RosterSpec.MAX_ROWS));
    }

    /** Attaches a file to a section after checking its bytes and the application's total. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public StoredFile attach(long id, String sectionKey, InputStream content, String originalName, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        SectionSpec section = application.kind().schema().section(sectionKey).filter(SectionSpec::acceptsEvidence)
                .orElseThrow(() -> new NotFoundException(sectionKey));
        application.requireDraft();
        long fileLimit = properties.maxEvidenceFile().toBytes();
        long remaining = properties.maxEvidenceTotal().toBytes() - evidenceLinks.storedBytes(id);
        if (remaining <= 0) {
            throw new DomainException("evidence.applicationFull", properties.maxEvidenceTotal().toMegabytes());
        }
        StoredFile stored;
        try {
            stored = store.store(content, originalName, EVIDENCE_TYPES, Math.min(fileLimit, remaining),
                    me.loginName());
        } catch (EvidenceRejected e) {
            if ("evidence.tooLarge".equals(e.messageKey()) && remaining < fileLimit) {
                throw new DomainException("evidence.applicationFull", properties.maxEvidenceTotal().toMegabytes());
            }
            throw e;
        }
        evidenceLinks.save(new ApplicationEvidence(id, section.key(), stored.id(), stored.size(), me.loginName(),
                clock.instant()));
        events.publishEvent(ApplicationChanged.of(ApplicationAction.EVIDENCE_ATTACHED, id,
                section.key() + " " + stored.type() + " sha256=" + stored.sha256()));
        return stored;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void detach(long id, long linkId, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        application.requireDraft();
        ApplicationEvidence link = evidenceLinks.findByIdAndApplicationIdAndRemovedAtIsNull(linkId, id)
                .orElseThrow(() -> new NotFoundException("evidence " + linkId));
        link.remove(me.loginName(), clock.instant());
        events.publishEvent(ApplicationChanged.of(ApplicationAction.EVIDENCE_REMOVED, id,
                link.section() + " file=" + link.fileId()));
    }

    /** A file of the draft, for its own park: the stored metadata and its bytes. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public StoredFile draftEvidence(long id, long linkId, AccountPrincipal me) {
        access.own(id, me);
        ApplicationEvidence link = evidenceLinks.findByIdAndApplicationIdAndRemovedAtIsNull(linkId, id)
                .orElseThrow(() -> new NotFoundException("evidence " + linkId));
        return store.find(link.fileId()).orElseThrow(() -> new NotFoundException("file " + link.fileId()));
    }

    List<EvidenceItem> evidence(long applicationId) {
        return evidenceLinks.findByApplicationIdAndRemovedAtIsNullOrderById(applicationId).stream()
                .map(link -> store.find(link.fileId()).map(f -> new EvidenceItem(link.id(), link.section(), f.id(),
                        f.originalName(), f.type().name(), f.size(), f.sha256(), f.sm3())).orElseThrow())
                .toList();
    }

    List<String> keywordList() {
        return keywords.findAllByOrderByWord().stream().map(VetoKeyword::word).toList();
    }

    /** A report carries its own cut-off; an application takes its round's. */
    LocalDate cutoff(Application application) {
        if (application.kind().isReport()) {
            return application.statisticsCutoff();
        }
        return rounds.findById(application.roundId()).map(EvaluationRound::statisticsCutoff).orElseThrow();
    }

    private static String cut(String value) {
        return value == null ? "" : value.length() > MAX_STORED_VALUE ? value.substring(0, MAX_STORED_VALUE) : value;
    }
}
