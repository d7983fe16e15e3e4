package org.cadre.congress.internal.board;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The transparency board over JSON. */
@JsonApi("/api/v1/congress/board")
@Tag(name = "Congress board", description = "Transparency board (厂务公开): categories with their required period, "
        + "disclosures, readers, comments and moderation")
class BoardApi {

    record Created(long id) {
    }

    record CategoryRequest(String name, String period, boolean required) {
    }

    record ItemRequest(Long categoryId, Long unitId, String title, String body, java.time.LocalDate publishedOn) {
    }

    record CommentRequest(String body) {
    }

    record HideRequest(String reason) {
    }

    private final Board board;

    BoardApi(Board board) {
        this.board = board;
    }

    @GetMapping("/categories")
    @PreAuthorize(BoardPages.READERS)
    @Operation(summary = "Categories with when the next required disclosure is due and whether it is overdue")
    List<Board.Category> categories() {
        return board.categories();
    }

    @PostMapping("/categories")
    @PreAuthorize(BoardPages.EDITORS)
    @Operation(summary = "Add a category (disclosure:manage company-wide)")
    ResponseEntity<Created> addCategory(@RequestBody CategoryRequest request) {
        return ResponseEntity.status(201).body(new Created(board.addCategory(request.name(), request.period(),
                request.required())));
    }

    @GetMapping("/items")
    @PreAuthorize(BoardPages.READERS)
    @Operation(summary = "Disclosures, newest first, paged and filtered by category, unit id and title")
    Page<Board.Item> items(@RequestParam(required = false) Long category, @RequestParam(required = false) Long unit,
                           @RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return board.page(new Board.Filter(category, unit, text), PageRequest.of(page, size));
    }

    @PostMapping("/items")
    @PreAuthorize(BoardPages.EDITORS)
    @Operation(summary = "Publish a disclosure for a unit within scope, or for the whole company (no attachments here)")
    ResponseEntity<Created> publish(@RequestBody ItemRequest request) {
        return ResponseEntity.status(201).body(new Created(board.publish(request.categoryId() == null ? -1
                : request.categoryId(), request.unitId(), request.title(), request.body(), request.publishedOn(),
                List.of())));
    }

    @GetMapping("/items/{id}")
    @PreAuthorize(BoardPages.READERS)
    @Operation(summary = "A disclosure (counts the reader once)")
    Board.Item item(@PathVariable long id) {
        board.read(id);
        return board.item(id);
    }

    @GetMapping("/items/{id}/comments")
    @PreAuthorize(BoardPages.READERS)
    @Operation(summary = "Comments of a disclosure")
    Page<Board.Comment> comments(@PathVariable long id, @RequestParam(required = false) Integer page) {
        Page<Board.Comment> all = board.comments(id, PageRequest.of(page, 50));
        return board.canManage(id) ? all : all.map(c -> c.hidden()
                ? new Board.Comment(c.id(), c.itemId(), c.authorName(), null, c.createdAt(), c.hiddenReason(), null) : c);
    }

    @PostMapping("/items/{id}/comments")
    @PreAuthorize(BoardPages.READERS)
    @Operation(summary = "Comment on a disclosure")
    ResponseEntity<Created> comment(@PathVariable long id, @RequestBody CommentRequest request) {
        return ResponseEntity.status(201).body(new Created(board.comment(id, request.body())));
    }

    @PostMapping("/comments/{id}/hide")
    @PreAuthorize(BoardPages.EDITORS)
    @Operation(summary = "Hide a comment with a reason (moderation)")
    ResponseEntity<Void> hide(@PathVariable long id, @RequestBody HideRequest request) {
        board.hide(id, request.reason());
        return ResponseEntity.noContent().build();
    }
}
