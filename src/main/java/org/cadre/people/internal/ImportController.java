package org.cadre.people.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: the template to download, the upload, and what came of it. */
@Controller
@RequestMapping("/people/import")
class ImportController {

    private final PeopleImport imports;
    private final ImportTemplate template;
    private final ImportReport report;
    private final AccessControl access;

    ImportController(PeopleImport imports, ImportTemplate template, ImportReport report, AccessControl access) {
        this.imports = imports;
        this.template = template;
        this.report = report;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:import')")
    String page(Model model) {
        model.addAttribute("maxMegabytes", PeopleImport.MAX_BYTES / 1024 / 1024);
        return "people/import";
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAuthority('people:import')")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(RosterExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename("people-import-template.xlsx").build().toString());
        template.write(locale, response.getOutputStream());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('people:import')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model)
            throws IOException {
        model.addAttribute("maxMegabytes", PeopleImport.MAX_BYTES / 1024 / 1024);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "people.import.noFile");
            return "people/import";
        }
        if (file.getSize() > PeopleImport.MAX_BYTES) {
            model.addAttribute("uploadError", "people.import.tooLarge");
            return "people/import";
        }
        PeopleImport.Outcome outcome = run(imports, file, access, locale);
        model.addAttribute("outcome", outcome);
        model.addAttribute("problems", report.lines(outcome.problems(), locale));
        return "people/import";
    }

    /** Runs an uploaded file from a temporary copy, which the two streaming passes read. */
    static PeopleImport.Outcome run(PeopleImport imports, MultipartFile file, AccessControl access, Locale locale)
            throws IOException {
        Path copy = Files.createTempFile("cadre-import-", ".xlsx");
        try {
            try (var in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return imports.run(copy, access.requireScope(Permissions.PEOPLE_IMPORT), locale);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
