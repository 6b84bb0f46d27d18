package cn.js.pilotzone.identity.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.js.pilotzone.common.ListSorts;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.ApprovalLevel;
import cn.js.pilotzone.identity.OrganisationAdministration;
import cn.js.pilotzone.identity.OrganisationKind;
import cn.js.pilotzone.identity.ReferenceData;

@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private final OrganisationAdministration organisations;
    private final ReferenceData referenceData;

    OrganisationAdminController(OrganisationAdministration organisations, ReferenceData referenceData) {
        this.organisations = organisations;
        this.referenceData = referenceData;
    }

    @GetMapping
    String list(@RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable, Model model,
            Locale locale) {
        model.addAttribute("page", organisations.search(kind, jurisdiction, q, ListSorts.only(pageable,
                "name", "kind", "createdAt"), locale));
        model.addAttribute("kinds", Arrays.asList(OrganisationKind.values()));
        model.addAttribute("jurisdictions", referenceData.jurisdictions(locale));
        return "identity/admin/organisations";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", new OrganisationForm());
        return formPage(model, locale, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organisations.create(form.toData());
                redirect.addFlashAttribute("flashSuccess", "organisation.created");
                return "redirect:/admin/organisations";
            } catch (DomainException refused) {
                FormErrors.show(refused, errors, null);
            }
        }
        return formPage(model, locale, null);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", OrganisationForm.of(organisations.get(id, locale)));
        return formPage(model, locale, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organisations.update(id, form.getVersion(), form.toData());
                redirect.addFlashAttribute("flashSuccess", "organisation.updated");
                return "redirect:/admin/organisations";
            } catch (DomainException refused) {
                FormErrors.show(refused, errors, null);
            }
        }
        return formPage(model, locale, id);
    }

    private String formPage(Model model, Locale locale, Long id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", Arrays.asList(OrganisationKind.values()));
        model.addAttribute("jurisdictions", referenceData.jurisdictions(locale));
        model.addAttribute("parkKinds", referenceData.parkKinds(locale));
        model.addAttribute("unitKinds", referenceData.applicantUnitKinds(locale));
        model.addAttribute("approvalLevels", Arrays.asList(ApprovalLevel.values()));
        return "identity/admin/organisation-form";
    }
}
