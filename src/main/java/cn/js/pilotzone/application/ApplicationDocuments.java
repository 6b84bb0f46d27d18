package cn.js.pilotzone.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.js.pilotzone.application.form.FieldSpec;
import cn.js.pilotzone.application.form.IndicatorFigures;
import cn.js.pilotzone.application.form.RosterSpec;
import cn.js.pilotzone.application.form.SectionSpec;
import cn.js.pilotzone.application.form.VetoActivity;
import cn.js.pilotzone.common.QrCode;
import cn.js.pilotzone.documents.DocxWriter;
import cn.js.pilotzone.documents.PdfRenderer;

/**
 * Renders a submitted version as the 申报书 of Appendix A or a report of Appendix C: an A4 PDF from the print template, and a
 * .docx with the same content for offices that edit in Word. Both are in Chinese whatever the
 * language of the page, because the document is the official one.
 */
@Component
class ApplicationDocuments {

    static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final RosterSheets sheets;
    private final String publicBaseUrl;

    ApplicationDocuments(ITemplateEngine templates, PdfRenderer pdf, MessageSource messages, RosterSheets sheets,
            @Value("${pilotzone.public-base-url}") String publicBaseUrl) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.sheets = sheets;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    String verifyUrl(String documentCode) {
        return publicBaseUrl + "/verify/" + documentCode;
    }

    byte[] pdf(PrintModel model) {
        Context context = new Context(DOCUMENT_LOCALE);
        context.setVariable("doc", model);
        context.setVariable("qr", QrCode.pngDataUri(model.verifyUrl(), 160));
        context.setVariable("cjkFont", PdfRenderer.CJK_FAMILY);
        return pdf.render(templates.process("print/application", context));
    }

    byte[] docx(PrintModel model) {
        DocxWriter doc = DocxWriter.a4()
                .title(messages.getMessage(model.titleKey(), new Object[] {model.cityName()}, DOCUMENT_LOCALE));
        if (model.kind().isReport()) {
            doc.labelled(text("print.basic.unitName"), model.content().field("reportBasic.unitName"))
                    .labelled(text("print.basic.city"), model.cityName())
                    .labelled(text("print.report.year"), String.valueOf(model.roundYear()))
                    .labelled(text("print.report.cutoff"), model.cutoff().toString());
        } else {
            doc.labelled(text("form.field.cover.unitName"), model.content().field("cover.unitName"))
                    .labelled(text("form.field.cover.address"), model.content().field("cover.address") + " "
                            + model.content().field("cover.postcode"))
                    .labelled(text("form.field.cover.unitHead"), model.content().field("cover.unitHead"))
                    .labelled(text("form.field.cover.contactPerson"), model.content().field("cover.contactPerson"))
                    .labelled(text("form.field.cover.contactPhone"), model.content().field("cover.contactPhone"))
                    .labelled(text("form.field.cover.fillDate"), model.content().field("cover.fillDate"));
        }
        if (model.brief() != null) {
            doc.labelled(text("report.brief"), model.brief());
        }
        doc.labelled(text("print.documentCode"), model.documentCode())
                .footer(text("print.documentCode") + " " + model.documentCode() + "  " + model.verifyUrl());
        for (SectionSpec section : model.sections()) {
            if (section.key().equals("cover")) {
                continue;
            }
            doc.pageBreak().heading(text(section.titleKey()));
            for (FieldSpec field : section.fields()) {
                doc.labelled(text(field.labelKey()), display(field, model.content().field(field.key())));
            }
            for (RosterSpec roster : section.rosters()) {
                doc.paragraph(text(roster.titleKey()));
                doc.table(sheets.headers(roster, DOCUMENT_LOCALE), model.content().rows(roster.key()).stream()
                        .map(r -> sheets.cells(roster, r, DOCUMENT_LOCALE)).toList());
            }
            if (section.acceptsEvidence()) {
                doc.paragraph(text("evidence.title"));
                doc.table(List.of(text("evidence.name"), text("evidence.type"), "SHA-256 / SM3"),
                        model.evidenceOf(section.key()).stream()
                                .map(e -> List.of(e.name(), e.type(), e.sha256() + "\n" + e.sm3())).toList());
            }
        }
        if (model.kind().isReport()) {
            doc.heading(text("print.cityOpinion")).paragraph(text("print.report.cityOpinionBox"));
            if (model.kind().ratedByPanel()) {
                doc.heading(text("print.panelOpinion")).paragraph(text("print.report.panelOpinionBox"));
            }
            return doc.heading(text("print.provinceOpinion")).paragraph(text("print.provinceOpinionBox")).toBytes();
        }
        figures(doc, model.figures());
        doc.pageBreak().heading(text("veto.title"));
        List<List<String>> declarations = new ArrayList<>();
        for (VetoActivity activity : VetoActivity.values()) {
            declarations.add(List.of(text("VetoActivity." + activity.name()),
                    text(model.content().vetoDeclared().contains(activity.name()) ? "veto.declaredAbsent" : "veto.notDeclared")));
        }
        doc.table(List.of(text("veto.activity"), text("veto.declaration")), declarations);
        doc.paragraph(model.screening().isEmpty() ? text("screening.none")
                : messages.getMessage("screening.found", new Object[] {model.screening().size()}, DOCUMENT_LOCALE));
        if (!model.screening().isEmpty()) {
            doc.table(List.of(text("screening.row"), text("screening.enterprise"), text("screening.keyword"),
                    text("screening.excerpt")), model.screening().stream()
                            .map(h -> List.of(String.valueOf(h.row()), h.enterprise(), h.keyword(), h.excerpt())).toList());
        }
        doc.heading(text("print.cityOpinion")).paragraph(text("print.cityOpinionBox"))
                .heading(text("print.panelOpinion")).paragraph(text("print.panelOpinionBox"))
                .heading(text("print.provinceOpinion")).paragraph(text("print.provinceOpinionBox"));
        return doc.toBytes();
    }

    private void figures(DocxWriter doc, IndicatorFigures f) {
        String unit = " " + text("unit.wanYuan");
        doc.pageBreak().heading(text("figures.title")).table(List.of(text("figures.title"), ""), List.of(
                List.of(text("figures.enterprises"), String.valueOf(f.enterprises())),
                List.of(text("figures.leading"), String.valueOf(f.leadingEnterprises())),
                List.of(text("figures.topOne"), f.specialisation().topOnePercent() + "%"),
                List.of(text("figures.topTwo"), f.specialisation().topTwoPercent() + "%"),
                List.of(text("figures.specialised"),
                        text(f.specialisation().reached() ? "figures.reached" : "figures.notReached")),
                List.of(messages.getMessage("figures.recentIp", new Object[] {f.ipWindowFrom(), f.ipWindowTo()},
                        DOCUMENT_LOCALE), messages.getMessage("figures.recentIpCounts",
                                new Object[] {f.recentSoftwareCopyrights(), f.recentPatents()}, DOCUMENT_LOCALE)),
                List.of(text("figures.output"), f.totalOutput() + unit),
                List.of(text("figures.revenue"), f.totalRevenue() + unit),
                List.of(text("figures.profit"), f.totalProfit() + unit)));
    }

    private String display(FieldSpec field, String value) {
        if (value.isBlank()) {
            return "";
        }
        String shown = sheets.display(field, value, DOCUMENT_LOCALE);
        return field.kind().unitKey() == null ? shown : shown + " " + text(field.kind().unitKey());
    }

    private String text(String key) {
        return messages.getMessage(key, null, DOCUMENT_LOCALE);
    }
}
