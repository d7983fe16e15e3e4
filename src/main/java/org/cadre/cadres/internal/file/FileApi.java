package org.cadre.cadres.internal.file;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.shared.JsonApi;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The cadre file over JSON: the same permissions, scopes, checks and audit as the pages. */
@JsonApi("/api/v1/cadres/files")
@Tag(name = "Cadre files", description = "The cadre file (干部档案): education, résumé, rewards and punishments, "
        + "training, family members (cadre:family, audited); the approval form (干部任免审批表) as PDF or Word; LRMX")
class FileApi {

    /** A person's file; {@code family} is null for a reader without cadre:family. */
    record FileView(long personId, String name, String employeeNo, List<LineView> education, List<LineView> resume,
                    List<ResumeLine> mergedResume, List<LineView> reward, List<LineView> training,
                    List<LineView> family, List<AnnualView> annualResults, FormFields form) {
    }

    record LineView(long id, Map<String, Object> values) {

        static LineView of(Line line) {
            return new LineView(line.id(), line.values());
        }
    }

    record ResumeLine(String from, String to, String text, Long lineId) {
    }

    record AnnualView(int year, String grade) {
    }

    record ImportReport(boolean imported, List<LrmxFiles.Outcome> outcomes, List<LrmxFiles.Problem> problems) {
    }

    private final CadreFiles files;
    private final ApprovalForm forms;
    private final LrmxFiles lrmx;
    private final FileAccess access;
    private final MessageSource messages;

    FileApi(CadreFiles files, ApprovalForm forms, LrmxFiles lrmx, FileAccess access, MessageSource messages) {
        this.files = files;
        this.forms = forms;
        this.lrmx = lrmx;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/{personId}")
    @PreAuthorize(CadreFiles.READERS)
    @Operation(summary = "A person's cadre file; family members only with cadre:family (each read is audited)")
    FileView file(@PathVariable long personId) {
        CadreFiles.FileView f = files.file(personId);
        return new FileView(f.person().id(), f.person().name(), f.person().employeeNo(), views(f, Section.EDUCATION),
                views(f, Section.RESUME),
                f.resume().stream().map(e -> new ResumeLine(Section.Dates.month(e.from()), Section.Dates.month(e.to()),
                        e.text(), e.lineId())).toList(),
                views(f, Section.REWARD), views(f, Section.TRAINING),
                f.familyVisible() ? views(f, Section.FAMILY) : null,
                f.annualResults().stream().map(r -> new AnnualView(r.year(), r.grade().name())).toList(), f.form());
    }

    private static List<LineView> views(CadreFiles.FileView f, Section s) {
        return f.lines(s).stream().map(LineView::of).toList();
    }

    @PostMapping("/{personId}/{section:education|resume|reward|training|family}")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Add a line to a section (education, resume, reward, training, family); fields by name, "
            + "dates as yyyy-MM-dd or yyyy.MM")
    ResponseEntity<LineView> add(@PathVariable long personId, @PathVariable String section,
                                 @RequestBody Map<String, Object> values) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(LineView.of(files.add(personId, Section.ofPath(section), values)));
    }

    @PutMapping("/{personId}/{section:education|resume|reward|training|family}/{lineId}")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Change a line (the audit log keeps it as it was)")
    LineView update(@PathVariable long personId, @PathVariable String section, @PathVariable long lineId,
                    @RequestBody Map<String, Object> values) {
        return LineView.of(files.update(personId, Section.ofPath(section), lineId, values));
    }

    @DeleteMapping("/{personId}/{section:education|resume|reward|training|family}/{lineId}")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Remove a line (the audit log keeps it)")
    ResponseEntity<Void> remove(@PathVariable long personId, @PathVariable String section, @PathVariable long lineId) {
        files.remove(personId, Section.ofPath(section), lineId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{personId}/approval-form")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Set the approval form's own fields: proposed post, post to be removed, reason, submitting "
            + "body, dates, filled by, health, specialty; current post and annual results when they should read "
            + "otherwise than derived")
    FormFields saveForm(@PathVariable long personId, @RequestBody FormFields form) {
        files.saveForm(personId, form);
        return form;
    }

    @GetMapping("/{personId}/approval-form")
    @PreAuthorize(CadreFiles.READERS)
    @Operation(summary = "The approval form (干部任免审批表) as PDF (format=pdf, default) or Word (format=docx), in the "
            + "request's language; the family table only for a reader with cadre:family")
    ResponseEntity<byte[]> approvalForm(@PathVariable long personId,
                                        @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        FormData form = forms.of(personId, locale);
        FormLabels labels = new FormLabels(messages, locale);
        String title = form.name() + "-" + labels.get("title");
        if ("docx".equalsIgnoreCase(format)) {
            return FilePages.download(FormDocx.write(form, labels), FilePages.MEDIA_DOCX, title + ".docx");
        }
        return FilePages.download(FormPdf.write(form, labels), "application/pdf", title + ".pdf");
    }

    @GetMapping("/{personId}/lrmx")
    @PreAuthorize(CadreFiles.READERS)
    @Operation(summary = "The person's approval form as an LRMX file (UTF-8 XML)")
    ResponseEntity<byte[]> exportLrmx(@PathVariable long personId) {
        var person = access.requireReadable(personId);
        return FilePages.download(lrmx.export(personId), "application/xml", LrmxFiles.fileName(person));
    }

    @GetMapping("/lrmx.zip")
    @PreAuthorize(CadreFiles.READERS)
    @Operation(summary = "The LRMX files of the cadres in the reader's scope, zipped; text narrows by name or "
            + "employee number")
    void exportZip(@RequestParam(required = false) String text, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        response.setContentType("application/zip");
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment().filename("lrmx.zip").build().toString());
        lrmx.exportZip(text, response.getOutputStream());
    }

    @PostMapping("/lrmx")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Import an LRMX file or a zip of them, all or nothing: 200 with the outcomes, or 422 with "
            + "every problem (file, element, message) and nothing changed")
    ResponseEntity<ImportReport> importLrmx(@RequestParam("file") MultipartFile file, Locale locale)
            throws IOException {
        LrmxFiles.Report report = lrmx.importFiles(file.getOriginalFilename(), file.getBytes(), locale);
        return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ImportReport(report.imported(), report.outcomes(), report.problems()));
    }
}
