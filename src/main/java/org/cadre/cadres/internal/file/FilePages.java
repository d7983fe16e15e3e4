package org.cadre.cadres.internal.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.people.PersonParticulars.Particulars;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cadre file pages: the list of cadres within scope (/cadres/files), a person's file with a tab per section whose
 * lines are added, changed and removed in place (htmx; the same forms post and redirect without it), the approval
 * form's own fields with the PDF, Word and LRMX downloads, and the LRMX import.
 */
@Controller
class FilePages {

    static final String MEDIA_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CadreFiles files;
    private final ApprovalForm forms;
    private final LrmxFiles lrmx;
    private final FileAccess access;
    private final RosterQuery roster;
    private final MessageSource messages;

    FilePages(CadreFiles files, ApprovalForm forms, LrmxFiles lrmx, FileAccess access, RosterQuery roster,
              MessageSource messages) {
        this.files = files;
        this.forms = forms;
        this.lrmx = lrmx;
        this.access = access;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping("/cadres/files")
    @PreAuthorize(CadreFiles.READERS)
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                Model model) {
        RosterFilter everybody = RosterFilter.everybody(access.today());
        RosterFilter filter = new RosterFilter(everybody.asOf(), null, false, LrmxFiles.cadreLevels(), null, null,
                null, null, null, null, null, text, everybody.sort(), false);
        model.addAttribute("page", roster.page(filter, access.listScope(), PageRequest.of(page, 20)));
        model.addAttribute("text", filter.text());
        return "cadres/file/list";
    }

    @GetMapping("/cadres/files/{personId}")
    @PreAuthorize(CadreFiles.READERS)
    String file(@PathVariable long personId, @RequestParam(required = false) String tab, Model model) {
        String shown = tab == null ? "education" : tab;
        CadreFiles.FileView file = files.file(personId, shown.equals(Section.FAMILY.path()));
        model.addAttribute("file", file);
        model.addAttribute("tab", shown);
        model.addAttribute("sections", Arrays.stream(Section.values())
                .filter(s -> s != Section.FAMILY || file.familyVisible()).toList());
        model.addAttribute("formFields", formValues(file.form()));
        model.addAttribute("values", Map.of());
        return "cadres/file/file";
    }

    /** One section as a fragment (htmx), optionally with one of its lines open for editing. */
    @GetMapping("/cadres/files/{personId}/{section:education|resume|reward|training|family}")
    @PreAuthorize(CadreFiles.READERS)
    String section(@PathVariable long personId, @PathVariable String section,
                   @RequestParam(required = false) Long edit, Model model) {
        return sectionFragment(personId, Section.ofPath(section), edit, null, null, model);
    }

    @PostMapping("/cadres/files/{personId}/{section:education|resume|reward|training|family}")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String add(@PathVariable long personId, @PathVariable String section, @RequestParam Map<String, String> input,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
               RedirectAttributes redirect) {
        Section s = Section.ofPath(section);
        try {
            files.add(personId, s, input);
            return done(personId, s, htmx, model, redirect, "cadres.file.added");
        } catch (BusinessRuleException e) {
            return failed(personId, s, null, input, e, htmx, model, redirect);
        }
    }

    @PostMapping("/cadres/files/{personId}/{section:education|resume|reward|training|family}/{lineId}")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String update(@PathVariable long personId, @PathVariable String section, @PathVariable long lineId,
                  @RequestParam Map<String, String> input,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Section s = Section.ofPath(section);
        try {
            files.update(personId, s, lineId, input);
            return done(personId, s, htmx, model, redirect, "cadres.file.changed");
        } catch (BusinessRuleException e) {
            return failed(personId, s, lineId, input, e, htmx, model, redirect);
        }
    }

    @PostMapping("/cadres/files/{personId}/{section:education|resume|reward|training|family}/{lineId}/delete")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String remove(@PathVariable long personId, @PathVariable String section, @PathVariable long lineId,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Section s = Section.ofPath(section);
        files.remove(personId, s, lineId);
        return done(personId, s, htmx, model, redirect, "cadres.file.removed");
    }

    private String done(long personId, Section s, String htmx, Model model, RedirectAttributes redirect,
                        String notice) {
        if (htmx != null) {
            model.addAttribute("notice", notice);
            return sectionFragment(personId, s, null, null, null, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cadres/files/" + personId + "?tab=" + s.path();
    }

    private String failed(long personId, Section s, Long lineId, Map<String, String> input, BusinessRuleException e,
                          String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            return sectionFragment(personId, s, lineId, input, e, model);
        }
        Flash.failure(redirect, e);
        return "redirect:/cadres/files/" + personId + "?tab=" + s.path();
    }

    private String sectionFragment(long personId, Section s, Long edit, Map<String, String> input,
                                   BusinessRuleException error, Model model) {
        CadreFiles.FileView file = files.file(personId, s == Section.FAMILY);
        if (s == Section.FAMILY && !file.familyVisible()) {
            throw new org.springframework.security.access.AccessDeniedException("missing cadre:family");
        }
        model.addAttribute("file", file);
        model.addAttribute("s", s);
        model.addAttribute("edit", edit);
        Map<String, String> values = input;
        if (values == null && edit != null) {
            values = file.lines(s).stream().filter(l -> l.id() == edit).findFirst().map(FilePages::inputOf)
                    .orElse(null);
        }
        model.addAttribute("values", values == null ? Map.of() : values);
        if (error != null) {
            model.addAttribute("error", error.messageKey());
            model.addAttribute("errorArgs", error.arguments());
            model.addAttribute("errorField", error.field());
        }
        return "cadres/file/partials/section :: section";
    }

    // --- the approval form

    @PostMapping("/cadres/files/{personId}/form")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String saveForm(@PathVariable long personId, FormParams params, RedirectAttributes redirect) {
        try {
            files.saveForm(personId, params.toFields());
            redirect.addFlashAttribute("notice", "cadres.file.form.saved");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/cadres/files/" + personId + "?tab=form";
    }

    @GetMapping("/cadres/files/{personId}/approval-form.pdf")
    @PreAuthorize(CadreFiles.READERS)
    ResponseEntity<byte[]> pdf(@PathVariable long personId, Locale locale) {
        FormData form = forms.of(personId, locale);
        return download(FormPdf.write(form, new FormLabels(messages, locale)), MediaType.APPLICATION_PDF_VALUE,
                form.name() + "-" + messages.getMessage("cadres.file.form.title", null, locale) + ".pdf");
    }

    @GetMapping("/cadres/files/{personId}/approval-form.docx")
    @PreAuthorize(CadreFiles.READERS)
    ResponseEntity<byte[]> docx(@PathVariable long personId, Locale locale) {
        FormData form = forms.of(personId, locale);
        return download(FormDocx.write(form, new FormLabels(messages, locale)), MEDIA_DOCX,
                form.name() + "-" + messages.getMessage("cadres.file.form.title", null, locale) + ".docx");
    }

    @GetMapping("/cadres/files/{personId}/lrmx")
    @PreAuthorize(CadreFiles.READERS)
    ResponseEntity<byte[]> exportLrmx(@PathVariable long personId) {
        Particulars person = access.requireReadable(personId);
        return download(lrmx.export(personId), "application/xml", LrmxFiles.fileName(person));
    }

    @GetMapping("/cadres/files/lrmx.zip")
    @PreAuthorize(CadreFiles.READERS)
    void exportZip(@RequestParam(required = false) String text, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("lrmx.zip").build().toString());
        lrmx.exportZip(text, response.getOutputStream());
    }

    @GetMapping("/cadres/files/lrmx-import")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String importForm() {
        return "cadres/file/import";
    }

    @PostMapping("/cadres/files/lrmx-import")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String importFiles(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missing", true);
            return "cadres/file/import";
        }
        model.addAttribute("report", lrmx.importFiles(file.getOriginalFilename(), file.getBytes(), locale));
        return "cadres/file/import";
    }

    static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** The approval form's own fields as the form posts them. */
    record FormParams(String health, String specialty, String currentPost, String proposedPost, String removedPost,
                      String reason, String approvingBody, String ageDate, String fillDate, String filledBy,
                      String annualResults) {

        FormFields toFields() {
            return new FormFields(health, specialty, currentPost, proposedPost, removedPost, reason, approvingBody,
                    date("ageDate", ageDate), date("fillDate", fillDate), filledBy, annualResults);
        }

        private static java.time.LocalDate date(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            java.time.LocalDate day = Section.Dates.parse(text);
            if (day == null) {
                throw BusinessRuleException.onField(field, "cadres.file.error.date",
                        new org.springframework.context.support.DefaultMessageSourceResolvable("cadres.file.field." + field),
                        text);
            }
            return day;
        }
    }

    static Map<String, String> formValues(FormFields f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("health", f.health());
        values.put("specialty", f.specialty());
        values.put("currentPost", f.currentPost());
        values.put("proposedPost", f.proposedPost());
        values.put("removedPost", f.removedPost());
        values.put("reason", f.reason());
        values.put("approvingBody", f.approvingBody());
        values.put("ageDate", f.ageDate() == null ? null : f.ageDate().toString());
        values.put("fillDate", f.fillDate() == null ? null : f.fillDate().toString());
        values.put("filledBy", f.filledBy());
        values.put("annualResults", f.annualResults());
        return values;
    }

    static Map<String, String> inputOf(Line line) {
        Map<String, String> input = new LinkedHashMap<>();
        line.values().forEach((k, v) -> input.put(k, v == null ? "" : v.toString()));
        return input;
    }
}
