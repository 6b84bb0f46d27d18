package cn.js.pilotzone.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import cn.js.pilotzone.designation.TitleRevoked;
import cn.js.pilotzone.supervision.ReminderStage;
import cn.js.pilotzone.supervision.ReportReminder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.js.pilotzone.application.ApplicationStatusChanged;
import cn.js.pilotzone.application.DossierKind;
import cn.js.pilotzone.identity.AccountDirectory;
import cn.js.pilotzone.identity.ParkDirectory;
import cn.js.pilotzone.identity.AccountDirectory.Contact;
import cn.js.pilotzone.identity.Role;
import cn.js.pilotzone.panel.ExpertInvited;
import cn.js.pilotzone.panel.PanelProgress;

/**
 * Who must hear of each transition: the park always; the city when a case reaches it or leaves the
 * province; the province when a case reaches it and when its panel has concluded; an expert when
 * invited; the panel's leader when every sheet is in.
 */
@Component
class WhoToTell {

    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final MessageSource messages;
    private final ParkDirectory parks;

    WhoToTell(AccountDirectory accounts, Notifier notifier, MessageSource messages, ParkDirectory parks) {
        this.parks = parks;
        this.accounts = accounts;
        this.notifier = notifier;
        this.messages = messages;
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        if (event.kind().isReport()) {
            onReport(event);
            return;
        }
        Object[] args = {event.parkName(), String.valueOf(event.year())};
        List<Contact> park = accounts.contactsOf(event.parkOrganisationId(), Role.APPLICANT);
        String parkLink = "/applications/" + event.applicationId();
        switch (event.status()) {
            case SUBMITTED -> {
                notifier.tell(park, "submitted.park", args, parkLink);
                notifier.tell(accounts.contactsIn(event.jurisdictionCode(), Role.CITY_REVIEWER), "submitted.city", args,
                        "/review/cases/" + event.applicationId());
            }
            case FORWARDED -> {
                notifier.tell(park, "forwarded.park", args, parkLink);
                notifier.tell(accounts.contactsWithRole(Role.PROVINCE_ADMIN), "forwarded.province", args,
                        "/panels/" + event.applicationId());
            }
            case RETURNED, RECOMMENDED, NOT_RECOMMENDED -> notifier.tell(park, event.status().name().toLowerCase(java.util.Locale.ROOT) + ".park",
                    args, parkLink + "/review");
            case IN_NOTICE, REJECTED, TERMINATED, VETOED, DESIGNATED -> {
                List<Contact> parkAndCity = new ArrayList<>(park);
                parkAndCity.addAll(accounts.contactsIn(event.jurisdictionCode(), Role.CITY_REVIEWER));
                notifier.tell(parkAndCity, "decided." + event.status().name(), args, parkLink + "/decisions");
            }
            default -> {
                // A draft (withdrawn by the park itself) needs nobody to act.
            }
        }
    }

    /**
     * A report: the city hears when one is submitted, the province when the city has approved it; the
     * park hears every step, and the city the province's outcome.
     */
    private void onReport(ApplicationStatusChanged event) {
        Object[] args = {event.parkName(), String.valueOf(event.year()),
                messages.getMessage("DossierKind." + event.kind().name(), null, Notifier.LANGUAGE)};
        List<Contact> park = accounts.contactsOf(event.parkOrganisationId(), Role.APPLICANT);
        String link = "/applications/" + event.applicationId();
        List<Contact> city = accounts.contactsIn(event.jurisdictionCode(), Role.CITY_REVIEWER);
        switch (event.status()) {
            case SUBMITTED -> {
                notifier.tell(park, "reportNotice.SUBMITTED.park", args, link);
                notifier.tell(city, "reportNotice.SUBMITTED.city", args, "/review/cases/" + event.applicationId());
            }
            case FORWARDED -> {
                notifier.tell(park, "reportNotice.FORWARDED.park", args, link);
                notifier.tell(accounts.contactsWithRole(Role.PROVINCE_ADMIN), "reportNotice.FORWARDED.province", args,
                        "/supervision/reports/" + event.applicationId());
            }
            case RETURNED -> notifier.tell(park, "reportNotice.RETURNED.park", args, link + "/review");
            case FILED, PASSED, FAILED, TERMINATED -> {
                List<Contact> parkAndCity = new ArrayList<>(park);
                parkAndCity.addAll(city);
                notifier.tell(parkAndCity, "reportNotice." + event.status().name(), args, link);
            }
            default -> notifier.tell(park, "reportNotice.DRAFT.park", args, link);
        }
    }

    /** A reminder goes to the park; once the report is overdue, its city and the province hear of it too. */
    @EventListener
    void on(ReportReminder event) {
        Object[] args = {event.parkName(), String.valueOf(event.year()),
                messages.getMessage("DossierKind." + event.kind().name(), null, Notifier.LANGUAGE),
                event.due().toString(), String.valueOf(event.daysLeft()), String.valueOf(-event.daysLeft())};
        String link = "/applications/" + event.reportId();
        if (event.stage() != ReminderStage.OVERDUE) {
            notifier.tell(accounts.contactsOf(event.parkOrganisationId(), Role.APPLICANT), "reminder.due", args, link);
            return;
        }
        if (event.kind() != DossierKind.RECTIFICATION) {
            // A rectification report is refused after its deadline: the park is not asked for it any more.
            notifier.tell(accounts.contactsOf(event.parkOrganisationId(), Role.APPLICANT), "reminder.overdue.park",
                    args, link);
        }
        List<Contact> authorities = new ArrayList<>(accounts.contactsIn(event.jurisdictionCode(), Role.CITY_REVIEWER));
        authorities.addAll(accounts.contactsWithRole(Role.PROVINCE_ADMIN));
        notifier.tell(authorities, "reminder.overdue.authorities", args, "/supervision");
    }

    /** A revoked title: the park reads the reasons on its history page; its city hears of it too. */
    @EventListener
    void on(TitleRevoked event) {
        Object[] args = {event.parkName(), event.revokedOn().toString(),
                messages.getMessage("RevocationCategory." + event.category().name(), null, Notifier.LANGUAGE)};
        List<Contact> parkAndCity = new ArrayList<>(accounts.contactsOf(event.parkOrganisationId(), Role.APPLICANT));
        String jurisdiction = parks.jurisdiction(event.parkOrganisationId());
        if (jurisdiction != null) {
            parkAndCity.addAll(accounts.contactsIn(jurisdiction, Role.CITY_REVIEWER));
        }
        notifier.tell(parkAndCity, "titleRevoked", args, "/designations/" + event.designationId() + "/history");
    }

    @EventListener
    void on(PanelProgress event) {
        Object[] args = {event.parkName()};
        if (event.step() == PanelProgress.Step.READY_TO_CONCLUDE && event.leaderAccountId() != null) {
            accounts.contact(event.leaderAccountId()).ifPresent(leader -> notifier.tell(List.of(leader),
                    "readyToConclude", args, "/panel-tasks"));
        } else if (event.step() == PanelProgress.Step.CONCLUDED) {
            notifier.tell(accounts.contactsWithRole(Role.PROVINCE_ADMIN), "concluded", args, event.decisionLink());
        }
    }

    @EventListener
    void on(ExpertInvited event) {
        accounts.contact(event.accountId()).ifPresent(expert -> notifier.tell(List.of(expert), "expertInvited",
                new Object[] {event.parkName()}, "/panel-tasks"));
    }
}
