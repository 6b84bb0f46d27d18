package cn.js.pilotzone.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.application.domain.Application;
import cn.js.pilotzone.application.domain.ApplicationRepository;
import cn.js.pilotzone.application.domain.ApplicationVersion;
import cn.js.pilotzone.application.domain.ApplicationVersionRepository;
import cn.js.pilotzone.application.domain.EvaluationRoundRepository;
import cn.js.pilotzone.application.form.AppendixA;
import cn.js.pilotzone.application.form.AppendixC;
import cn.js.pilotzone.application.form.FormContent;
import cn.js.pilotzone.common.NotFoundException;
import cn.js.pilotzone.identity.ParkDirectory;

/**
 * The applications and reports the province has received from the cities, with the facts the expert panel
 * needs to keep conflicts of interest out: the park, its city, and the enterprises it listed. The
 * callers decide who may see which case.
 */
@Service
public class ForwardedCases {

    private final ApplicationRepository applications;
    private final ApplicationVersionRepository versions;
    private final EvaluationRoundRepository rounds;
    private final ParkDirectory parks;

    ForwardedCases(ApplicationRepository applications, ApplicationVersionRepository versions,
            EvaluationRoundRepository rounds, ParkDirectory parks) {
        this.applications = applications;
        this.versions = versions;
        this.rounds = rounds;
        this.parks = parks;
    }

    /** An enterprise of the park, as listed in the submitted version. */
    public record Enterprise(String name, String creditCode) {
    }

    /**
     * @param roundId   the round of an application, null for a report
     * @param roundYear the round's year, or the year of a report
     */
    public record CaseFacts(long applicationId, DossierKind kind, ApplicationStatus status, int version, Long roundId,
            int roundYear, long parkOrganisationId, String parkName, String parkCreditCode, String jurisdictionCode,
            List<String> cityAuthorities, List<Enterprise> enterprises) {

        public CaseFacts {
            cityAuthorities = List.copyOf(cityAuthorities);
            enterprises = List.copyOf(enterprises);
        }
    }

    /**
     * The figures the indicators ask for, as frozen with the submitted version the panel judges; a
     * report has none (it lists what is new instead), and the panel reads it without them.
     */
    public record KeyFigures(int enterprises, java.math.BigDecimal topTwoPercent, boolean specialised,
            int recentIntellectualProperty, java.time.LocalDate ipFrom, java.time.LocalDate ipTo) {
    }

    @Transactional(readOnly = true)
    public Optional<KeyFigures> figures(long applicationId, int version) {
        var figures = versions.findByApplicationIdAndNumber(applicationId, version)
                .orElseThrow(() -> new NotFoundException("version " + version)).figures();
        if (figures == null) {
            return Optional.empty();
        }
        return Optional.of(new KeyFigures(figures.enterprises(), figures.specialisation().topTwoPercent(),
                figures.specialisation().reached(), figures.recentIntellectualProperty(), figures.ipWindowFrom(),
                figures.ipWindowTo()));
    }

    @Transactional(readOnly = true)
    public List<CaseFacts> all() {
        return applications.findByStatusInOrderBySubmittedAt(ApplicationAccess.RECEIVED_BY_PROVINCE).stream()
                .map(this::facts).toList();
    }

    /** The facts of an application the province has received; any other id is not found. */
    @Transactional(readOnly = true)
    public CaseFacts of(long applicationId) {
        return applications.findById(applicationId)
                .filter(a -> ApplicationAccess.RECEIVED_BY_PROVINCE.contains(a.status()))
                .map(this::facts).orElseThrow(() -> new NotFoundException("application " + applicationId));
    }

    private CaseFacts facts(Application a) {
        ApplicationVersion version = versions.findByApplicationIdAndNumber(a.id(), a.versionsSubmitted()).orElseThrow();
        String jurisdiction = parks.jurisdiction(a.parkOrganisationId());
        List<Enterprise> enterprises = new ArrayList<>(enterprises(version.content()));
        if (a.kind().isReport()) {
            // A report lists only new enterprises; an expert tied to one listed before is just as conflicted.
            applications.findByParkOrganisationIdAndVersionsSubmittedGreaterThan(a.parkOrganisationId(), 0).stream()
                    .filter(other -> !other.id().equals(a.id()))
                    .forEach(other -> enterprises.addAll(enterprises(other.content())));
        }
        int year = a.kind().isReport() ? a.reportYear() : rounds.findById(a.roundId()).orElseThrow().year();
        return new CaseFacts(a.id(), a.kind(), a.status(), a.versionsSubmitted(), a.roundId(), year,
                a.parkOrganisationId(),
                parks.name(a.parkOrganisationId()), parks.creditCode(a.parkOrganisationId()), jurisdiction,
                parks.cityAuthorityNames(jurisdiction), enterprises);
    }

    private static List<Enterprise> enterprises(FormContent content) {
        return Stream.concat(content.rows(AppendixA.ENTERPRISES.key()).stream(),
                content.rows(AppendixC.ENTERPRISES.key()).stream())
                .map((Map<String, String> r) -> new Enterprise(r.getOrDefault("name", ""), r.getOrDefault("creditCode", "")))
                .toList();
    }
}
