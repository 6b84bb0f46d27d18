package cn.js.pilotzone.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationScan;
import cn.js.pilotzone.application.domain.ApplicationScanRepository;
import cn.js.pilotzone.application.domain.ApplicationVersion;
import cn.js.pilotzone.application.domain.ApplicationVersionRepository;
import cn.js.pilotzone.application.domain.EvaluationRound;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.application.domain.EvidenceItem;
import cn.js.pilotzone.application.domain.SubmissionRecord;
import cn.js.pilotzone.application.form.FormCheck;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.Issue;
import cn.js.pilotzone.application.form.VetoScreening;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.common.RandomCodes;
import cn.js.pilotzone.common.TimeConfig;
import cn.js.pilotzone.evidence.EvidenceStore;
import cn.js.pilotzone.evidence.FileType;
import cn.js.pilotzone.evidence.StoredFile;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.ParkDirectory;
import cn.js.pilotzone.identity.ReferenceData;

/**
 * Submitting freezes the draft as an immutable version, with its figures, screening hits, evidence
 * list and the PDF generated from it, whose digest is recorded. The park may withdraw before the
 * city acts; a later submission makes a new version and every version stays readable.
 */
@Service
public class Submissions implements DocumentRegister {

    private static final int CODE_RANDOM_LENGTH = 8;
    /** More scans than a park needs to get one right; it bounds what a version can collect. */
    static final int MAX_SCANS = 5;

    /** A sealed scan is a scanned paper document: an image or a PDF/OFD file. */
    static final Set<FileType> SCAN_TYPES = Set.of(FileType.PDF, FileType.OFD, FileType.JPEG, FileType.PNG);

    private final ApplicationAccess access;
    private final ApplicationForms forms;
    private final ApplicationVersionRepository versions;
    private final ApplicationScanRepository scans;
    private final EvaluationRoundRepository rounds;
    private final ParkDirectory parks;
    private final ReferenceData referenceData;
    private final EvidenceStore store;
    private final ApplicationDocuments documents;
    private final ApplicationProperties properties;
    private final ApplicationEventPublisher events;
    private final StatusEvents statusEvents;
    private final TitleRegister titles;
    private final Clock clock;

    Submissions(ApplicationAccess access, ApplicationForms forms, ApplicationVersionRepository versions,
            ApplicationScanRepository scans, EvaluationRoundRepository rounds, ParkDirectory parks,
            ReferenceData referenceData, EvidenceStore store, ApplicationDocuments documents,
            ApplicationProperties properties, ApplicationEventPublisher events, StatusEvents statusEvents,
            TitleRegister titles, Clock clock) {
        this.titles = titles;
        this.statusEvents = statusEvents;
        this.access = access;
        this.forms = forms;
        this.versions = versions;
        this.scans = scans;
        this.rounds = rounds;
        this.parks = parks;
        this.referenceData = referenceData;
        this.store = store;
        this.documents = documents;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The application could not be submitted: these items are missing or wrong. */
    public static class Incomplete extends DomainException {

        private final transient List<Issue> issues;

        Incomplete(List<Issue> issues) {
            super("application.incomplete", issues.size());
            this.issues = List.copyOf(issues);
        }

        public List<Issue> issues() {
            return issues;
        }
    }

    /**
     * Submits the draft. The application row is locked first, so a double click or a second tab
     * waits, then finds the application already submitted: there is only ever one new version.
     *
     * @return the number of the new version
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public int submit(long id, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        if (!application.status().editable()) {
            throw new DomainException("application.alreadySubmitted");
        }
        Period period = period(application);
        requireOpen(application, period);
        FormContent content = application.content();
        List<EvidenceItem> evidence = forms.evidence(id);
        List<Issue> issues = FormCheck.completeness(application.kind().schema(), content, period.cutoff(),
                EvidenceItem.countBySection(evidence));
        if (!issues.isEmpty()) {
            throw new Incomplete(issues);
        }
        int number = application.versionsSubmitted() + 1;
        String code = documentCode(application.kind(), period.year(), id, number);
        IndicatorFigures figures = forms.figures(application, period.cutoff());
        List<VetoScreening.Hit> hits = forms.screening(application);
        PrintModel print = print(application, period, code, number, clock.instant(), content, figures, hits, evidence);
        StoredFile pdf = store.storeGenerated(documents.pdf(print), code + ".pdf", FileType.PDF, me.loginName());
        ApplicationVersion version = application.submit(new SubmissionRecord(code, figures, hits, evidence, pdf.id(),
                pdf.sha256(), me.loginName()), clock.instant());
        versions.save(version);
        statusEvents.changed(application);
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_SUBMITTED, id,
                "version=" + number + " code=" + code + " pdf.sha256=" + pdf.sha256()));
        return number;
    }

    /**
     * Takes the submission back while the round is still open, so that the park can submit again;
     * until the city review exists (issue 4) the city cannot have acted yet.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void withdraw(long id, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        requireOpen(application, period(application));
        application.withdraw();
        events.publishEvent(ApplicationChanged.of(ApplicationAction.APPLICATION_WITHDRAWN, id,
                "version=" + application.versionsSubmitted()));
    }

    /**
     * An application is submitted within its round's window. A report may always be submitted, even
     * late, except that a rectification must be in by its deadline (限期整改): after it the title is
     * revoked, not the report received. Nothing is received for a title that has been revoked.
     */
    private void requireOpen(Application application, Period period) {
        LocalDate today = LocalDate.now(clock);
        if (!application.kind().isReport()) {
            rounds.findById(application.roundId()).orElseThrow().requireOpenForSubmission(today);
        } else if (!titles.holdsTitle(application.parkOrganisationId())) {
            throw new DomainException("report.titleRevoked");
        } else if (application.kind() == DossierKind.RECTIFICATION && today.isAfter(period.due())
                && application.firstSubmittedAt() == null) {
            // One received in time and returned by the city for corrections may still come back.
            throw new DomainException("report.rectificationClosed", period.due());
        }
    }

    /** The dates a dossier is filed by: its round's for an application, its own for a report. */
    record Period(int year, LocalDate cutoff, LocalDate due, int paperCopies) {
    }

    Period period(Application application) {
        if (application.kind().isReport()) {
            return new Period(application.reportYear(), application.statisticsCutoff(), application.dueDate(),
                    EvaluationRound.DEFAULT_PAPER_COPIES);
        }
        EvaluationRound round = rounds.findById(application.roundId()).orElseThrow();
        return new Period(round.year(), round.statisticsCutoff(), round.windowCloses(), round.paperCopies());
    }

    /**
     * The kind's letters (SQ for an application), the year, the dossier and the version, and a random
     * part: the code is printed on every page and opens the public verification page, so it must not
     * be guessable by counting.
     */
    static String documentCode(DossierKind kind, int year, long applicationId, int number) {
        return String.format(Locale.ROOT, "%s%d-%06d-V%d-%s", kind.codePrefix(), year, applicationId, number,
                RandomCodes.of(CODE_RANDOM_LENGTH));
    }

    /** A submitted version as its readers see it. */
    public record VersionView(long applicationId, ApplicationStatus applicationStatus, PrintModel print,
            String pdfSha256, String submittedBy, List<ScanView> scans) {
    }

    public record ScanView(String fileId, String name, String sha256, OffsetDateTime uploadedAt) {
    }

    public record VersionSummary(int number, String documentCode, OffsetDateTime submittedAt, String submittedBy,
            String pdfSha256) {
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long id, AccountPrincipal me) {
        access.readable(id, me);
        return versions.findByApplicationIdOrderByNumberDesc(id).stream()
                .map(v -> new VersionSummary(v.number(), v.documentCode(), TimeConfig.inJiangsu(v.submittedAt()),
                        v.submittedBy(), v.pdfSha256())).toList();
    }

    @Transactional(readOnly = true)
    public VersionView version(long id, int number, AccountPrincipal me) {
        Application application = access.readable(id, me);
        ApplicationVersion version = versionOf(id, number);
        List<ScanView> scanViews = scans.findByVersionIdOrderByUploadedAtDesc(version.id()).stream()
                .map(s -> store.find(s.fileId()).map(f -> new ScanView(f.id(), f.originalName(), f.sha256(),
                        TimeConfig.inJiangsu(s.uploadedAt())))
                        .orElseThrow(() -> new IllegalStateException("scan file " + s.fileId() + " has no record")))
                .toList();
        return new VersionView(id, application.status(), print(application, version), version.pdfSha256(),
                version.submittedBy(), scanViews);
    }

    /** The PDF generated at submission: the very bytes whose digest was recorded. */
    @Transactional(readOnly = true)
    public StoredFile pdf(long id, int number, AccountPrincipal me) {
        access.readable(id, me);
        return store.find(versionOf(id, number).pdfFileId()).orElseThrow();
    }

    /** A document made on request, with the name it is downloaded under. */
    public record Generated(String name, byte[] bytes) {
    }

    /** The .docx is made from the frozen version on request; it is for editing, the PDF is the record. */
    @Transactional(readOnly = true)
    public Generated docx(long id, int number, AccountPrincipal me) {
        Application application = access.readable(id, me);
        ApplicationVersion version = versionOf(id, number);
        return new Generated(version.documentCode() + ".docx", documents.docx(print(application, version)));
    }

    /** A file listed in a version: its evidence or one of its sealed scans. */
    @Transactional(readOnly = true)
    public StoredFile versionFile(long id, int number, String fileId, AccountPrincipal me) {
        access.readable(id, me);
        ApplicationVersion version = versionOf(id, number);
        boolean listed = version.evidence().stream().anyMatch(e -> e.fileId().equals(fileId))
                || scans.findByVersionIdOrderByUploadedAtDesc(version.id()).stream()
                        .anyMatch(s -> s.fileId().equals(fileId));
        if (!listed) {
            throw new NotFoundException("file " + fileId);
        }
        return store.find(fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
    }

    /** The park seals what it submitted: only the version under review takes scans, and only a few. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public StoredFile uploadScan(long id, int number, InputStream content, String name, AccountPrincipal me) {
        Application application = access.ownForChange(id, me);
        ApplicationVersion version = versionOf(id, number);
        if (application.status().editable() || number != application.versionsSubmitted()) {
            throw new DomainException("scan.notCurrent");
        }
        if (scans.findByVersionIdOrderByUploadedAtDesc(version.id()).size() >= MAX_SCANS) {
            throw new DomainException("scan.tooMany", MAX_SCANS);
        }
        StoredFile stored = store.store(content, name, SCAN_TYPES, properties.maxEvidenceFile().toBytes(),
                me.loginName());
        scans.save(new ApplicationScan(version.id(), stored.id(), me.loginName(), clock.instant()));
        events.publishEvent(ApplicationChanged.of(ApplicationAction.SCAN_UPLOADED, id,
                "version=" + number + " sha256=" + stored.sha256()));
        return stored;
    }

    /** Where a version stands: the one in force, one replaced by a later one, one taken back or sent back. */
    public enum VersionState {
        CURRENT, SUPERSEDED, WITHDRAWN, RETURNED
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VerifiedDocument> find(String documentCode) {
        return versions.findByDocumentCode(documentCode).map(v -> {
            Application application = access.byId(v.applicationId());
            int year = period(application).year();
            VersionState state = v.number() < application.versionsSubmitted() ? VersionState.SUPERSEDED
                    : application.status() == ApplicationStatus.DRAFT ? VersionState.WITHDRAWN
                    : application.status() == ApplicationStatus.RETURNED ? VersionState.RETURNED
                    : VersionState.CURRENT;
            return new VerifiedDocument(v.documentCode(), "verify.documentKind." + application.kind().name(),
                    List.of(year, v.number()),
                    parkName(application), TimeConfig.inJiangsu(v.submittedAt()), v.pdfSha256(),
                    "verify.state." + state.name());
        });
    }

    private ApplicationVersion versionOf(long id, int number) {
        return versions.findByApplicationIdAndNumber(id, number)
                .orElseThrow(() -> new NotFoundException("version " + number));
    }

    private PrintModel print(Application application, ApplicationVersion version) {
        return print(application, period(application), version.documentCode(),
                version.number(), version.submittedAt(), version.content(), version.figures(), version.screening(),
                version.evidence());
    }

    private PrintModel print(Application application, Period period, String code, int number,
            java.time.Instant submittedAt, FormContent content, IndicatorFigures figures,
            List<VetoScreening.Hit> hits, List<EvidenceItem> evidence) {
        return new PrintModel(application.kind(), code, number, TimeConfig.inJiangsu(submittedAt),
                parkName(application), cityName(application), period.year(), period.cutoff(), period.paperCopies(),
                content, figures, hits, evidence, documents.verifyUrl(code), application.brief());
    }

    private String parkName(Application application) {
        return parks.name(application.parkOrganisationId());
    }

    private String cityName(Application application) {
        return referenceData.jurisdictionName(parks.jurisdiction(application.parkOrganisationId()),
                ApplicationDocuments.DOCUMENT_LOCALE);
    }
}
