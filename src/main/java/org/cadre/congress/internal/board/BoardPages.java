package org.cadre.congress.internal.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.congress.internal.meetings.CongressAccess;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The transparency board's pages: the list with the categories (overdue flagged), an item, publishing, moderation. */
@Controller
class BoardPages {

    static final String READERS = "hasAnyAuthority('congress:read', 'congress:manage', 'disclosure:manage')";
    static final String EDITORS = "hasAuthority('disclosure:manage')";

    private final Board board;
    private final OrganizationQueries organization;
    private final CongressAccess access;

    BoardPages(Board board, OrganizationQueries organization, CongressAccess access) {
        this.board = board;
        this.organization = organization;
        this.access = access;
    }

    @GetMapping("/congress/board")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) Long category, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                Model model) {
        Long unitId = unitId(unit);
        model.addAttribute("categories", board.categories());
        model.addAttribute("page", board.page(new Board.Filter(category, unitId, text), PageRequest.of(page, 20)));
        model.addAttribute("category", category);
        model.addAttribute("unit", unit);
        model.addAttribute("text", text);
        model.addAttribute("canManage", board.canManage());
        model.addAttribute("periods", Board.PERIODS);
        model.addAttribute("openUnits", organization.openUnits(access.today()));
        return "congress/board";
    }

    private Long unitId(String code) {
        if (Text.blankToNull(code) == null) {
            return null;
        }
        return organization.findUnitByCode(code.strip(), access.today()).map(UnitRef::id).orElse(-1L);
    }

    @PostMapping("/congress/board/categories")
    @PreAuthorize(EDITORS)
    String addCategory(@RequestParam(required = false) String name, @RequestParam(required = false) String period,
                       @RequestParam(required = false) boolean required, RedirectAttributes redirect) {
        try {
            board.addCategory(name, period, required);
            Flash.notice(redirect, "congress.board.categoryAdded", name);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/board";
    }

    @GetMapping("/congress/board/new")
    @PreAuthorize(EDITORS)
    String newItem(Model model) {
        model.addAttribute("categories", board.categories());
        model.addAttribute("maxMb", Board.MAX_ATTACHMENT_BYTES / 1024 / 1024);
        model.addAttribute("openUnits", organization.openUnits(access.today()));
        return "congress/board-form";
    }

    @PostMapping("/congress/board/items")
    @PreAuthorize(EDITORS)
    String publish(@RequestParam(required = false) Long categoryId, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                   @RequestParam(required = false) List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        try {
            Long unitId = unitId(unit);
            if (unitId != null && unitId < 0) {
                throw BusinessRuleException.onField("unit", "congress.board.unitUnknown", unit);
            }
            List<Board.NewFile> attached = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (!f.isEmpty()) {
                    attached.add(new Board.NewFile(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
            long id = board.publish(categoryId == null ? -1 : categoryId, unitId, title, body, publishedOn, attached);
            Flash.notice(redirect, "congress.board.published", title);
            return "redirect:/congress/board/items/" + id;
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
            return "redirect:/congress/board/new";
        }
    }

    @GetMapping("/congress/board/items/{id}")
    @PreAuthorize(READERS)
    String item(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        board.read(id);
        model.addAttribute("item", board.item(id));
        model.addAttribute("attachments", board.attachments(id));
        model.addAttribute("comments", board.comments(id, PageRequest.of(page, 50)));
        model.addAttribute("canManage", board.canManage(id));
        return "congress/board-item";
    }

    @PostMapping("/congress/board/items/{id}/comments")
    @PreAuthorize(READERS)
    String comment(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        try {
            board.comment(id, body);
            Flash.notice(redirect, "congress.board.commented");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/board/items/" + id + "#comments";
    }

    @PostMapping("/congress/board/comments/{id}/hide")
    @PreAuthorize(EDITORS)
    String hide(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam long itemId,
                RedirectAttributes redirect) {
        try {
            board.hide(id, reason);
            Flash.notice(redirect, "congress.board.hiddenNotice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/board/items/" + itemId + "#comments";
    }

    @GetMapping("/congress/board/attachments/{id}")
    @PreAuthorize(READERS)
    void attachment(@PathVariable long id, HttpServletResponse response) throws IOException {
        Board.AttachmentFile file = board.attachment(id);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(file.content());
    }
}
