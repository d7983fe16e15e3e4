package org.cadre.ballots.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.Ballots;
import org.cadre.identity.AuditLog;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The room: the projector page with live turnout (and the result once published), the slips to print, and the
 * result sheet to sign, as PDF or Excel.
 */
@Controller
class RoomPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Slips on one page of the slips page (the PDF splits on its own). */
    static final int SLIPS_PER_PAGE = 60;

    private final BallotAccess access;
    private final BallotRepository repository;
    private final BallotViews views;
    private final Ballots ballots;
    private final TurnoutStream stream;
    private final VotingSlips slips;
    private final SlipSheet slipSheet;
    private final ResultSheet resultSheet;
    private final AuditLog audit;
    private final org.springframework.context.MessageSource messages;
    private final String organisation;

    RoomPages(BallotAccess access, BallotRepository repository, BallotViews views, Ballots ballots,
              TurnoutStream stream, VotingSlips slips, SlipSheet slipSheet, ResultSheet resultSheet, AuditLog audit,
              org.springframework.context.MessageSource messages,
              @Value("${cadre.organisation-name:}") String organisation) {
        this.messages = messages;
        this.access = access;
        this.repository = repository;
        this.views = views;
        this.ballots = ballots;
        this.stream = stream;
        this.slips = slips;
        this.slipSheet = slipSheet;
        this.resultSheet = resultSheet;
        this.audit = audit;
        this.organisation = organisation;
    }

    @GetMapping("/ballots/{id}/room")
    @PreAuthorize("isAuthenticated()")
    String room(@PathVariable long id, Model model) {
        BallotDefinition ballot = access.turnout(id);
        model.addAttribute("ballot", views.of(ballot, repository.turnout(id, ballot.state(), ballot.groups())));
        if (ballot.state() == BallotState.PUBLISHED) {
            model.addAttribute("results", access.shown(ballot, ballots.results(id)));
        }
        return "ballots/room";
    }

    @GetMapping(path = "/ballots/{id}/room/stream", produces = "text/event-stream")
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    SseEmitter turnout(@PathVariable long id) {
        access.turnout(id);
        return stream.watch(id);
    }

    @GetMapping("/ballots/{id}/slips")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String slips(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        BallotDefinition ballot = access.manage(id);
        // a page of slips at a time: each carries an inline QR image, and a roll may have thousands
        Page<VotingSlips.Slip> slipPage = slips.slips(id, new PageRequest(page == null ? 0 : page, SLIPS_PER_PAGE));
        model.addAttribute("ballot", ballot);
        model.addAttribute("slipPage", slipPage);
        model.addAttribute("slips", slipPage.items().stream().map(s -> new PrintedSlip(s, voteUrl(s.code()),
                SlipSheet.qrPngDataUri(voteUrl(s.code()), 240))).toList());
        model.addAttribute("entryUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/vote").toUriString());
        return "ballots/slips";
    }

    record PrintedSlip(VotingSlips.Slip slip, String url, String qr) {
    }

    @GetMapping("/ballots/{id}/slips.pdf")
    @PreAuthorize("hasAuthority('ballot:manage')")
    void slipsPdf(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        BallotDefinition ballot = access.manage(id);
        List<VotingSlips.Slip> all = slips.slips(id);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("ballot-" + id + "-codes.pdf").build().toString());
        slipSheet.pdf(ballot.title(), all, this::voteUrl, locale, response.getOutputStream());
    }

    /** The codes as links, one voter a row, for sending by mail or message instead of printing. */
    @GetMapping("/ballots/{id}/slips.xlsx")
    @PreAuthorize("hasAuthority('ballot:manage')")
    void slipsXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        access.manage(id);
        List<VotingSlips.Slip> all = slips.slips(id);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("ballot-" + id + "-links.xlsx").build().toString());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet(messages.getMessage("ballots.slips.links.sheet", null, locale));
            String[] headers = {"ballots.employeeNo", "ballots.voter", "ballots.group", "vote.code", "ballots.slips.link"};
            var head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(messages.getMessage(headers[c], null, locale));
            }
            int row = 1;
            for (VotingSlips.Slip s : all) {
                var r = sheet.createRow(row++);
                r.createCell(0).setCellValue(s.employeeNo());
                r.createCell(1).setCellValue(s.voterName());
                r.createCell(2).setCellValue(s.groupName());
                r.createCell(3).setCellValue(s.code());
                r.createCell(4).setCellValue(voteUrl(s.code()));
            }
            for (int c = 0; c < headers.length; c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(response.getOutputStream());
        }
    }

    @GetMapping("/ballots/{id}/results.pdf")
    @PreAuthorize("isAuthenticated()")
    void resultsPdf(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        BallotDefinition ballot = access.results(id);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("ballot-" + id + "-result.pdf").build().toString());
        resultSheet.pdf(access.shown(ballot, ballots.results(id)), heading(id), locale, response.getOutputStream());
        audit.record("ballot.resultExported", "ballot", id, "Result sheet downloaded (PDF)", null, null);
    }

    @GetMapping("/ballots/{id}/results.xlsx")
    @PreAuthorize("isAuthenticated()")
    void resultsXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        BallotDefinition ballot = access.results(id);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("ballot-" + id + "-result.xlsx").build().toString());
        resultSheet.xlsx(access.shown(ballot, ballots.results(id)), heading(id), locale, response.getOutputStream());
        audit.record("ballot.resultExported", "ballot", id, "Result sheet downloaded (Excel)", null, null);
    }

    private ResultSheet.Heading heading(long id) {
        return ResultSheet.Heading.of(organisation, ballots.find(id).orElseThrow());
    }

    private String voteUrl(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/vote/" + code.replace("-", ""))
                .toUriString();
    }
}
