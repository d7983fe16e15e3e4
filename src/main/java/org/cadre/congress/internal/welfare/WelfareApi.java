package org.cadre.congress.internal.welfare;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Member welfare over JSON: the same permissions, scopes, rules and audit as the pages. */
@JsonApi("/api/v1/congress/welfare")
@Tag(name = "Member welfare", description = "工会会员福利: benefit items, budgets per item and unit, applications, "
        + "approvals and payments")
class WelfareApi {

    public record Budget(Long unitId, BigDecimal amount) {
    }

    public record ApplicationBody(Long itemId, String employeeNo, LocalDate eventDate, BigDecimal amount,
                                  String reason) {
    }

    public record Decision(boolean approve, String reason) {
    }

    public record Payment(BigDecimal amount, LocalDate paidOn, String reference) {
    }

    public record Created(long id) {
    }

    private final WelfareCommands commands;
    private final WelfareViews views;
    private final WelfareRepository repository;

    WelfareApi(WelfareCommands commands, WelfareViews views, WelfareRepository repository) {
        this.commands = commands;
        this.views = views;
        this.repository = repository;
    }

    @GetMapping("/items")
    @PreAuthorize(WelfareCommands.READERS)
    @Operation(summary = "Benefit items, of one year or all")
    List<Welfare.Item> items(@RequestParam(required = false) Integer year) {
        return repository.items(year);
    }

    @PostMapping("/items")
    @PreAuthorize("hasAuthority('welfare:manage')")
    @Operation(summary = "Add a benefit item of the adopted scheme with its eligibility rules")
    ResponseEntity<Created> createItem(@RequestBody WelfareCommands.ItemSpec spec) {
        long id = commands.createItem(spec);
        return ResponseEntity.created(URI.create("/api/v1/congress/welfare/items/" + id)).body(new Created(id));
    }

    @PutMapping("/items/{id}/budget")
    @PreAuthorize("hasAuthority('welfare:manage')")
    @Operation(summary = "Set an item's yearly budget in a unit")
    void budget(@PathVariable long id, @RequestBody Budget budget) {
        if (budget.unitId() == null) {
            throw org.cadre.shared.BusinessRuleException.onField("unitId", "proposal.validation.required");
        }
        commands.setBudget(id, budget.unitId(), budget.amount());
    }

    @GetMapping("/budget")
    @PreAuthorize("hasAuthority('welfare:manage')")
    @Operation(summary = "A year's budget per item and unit against approved and paid spending")
    List<Welfare.BudgetLine> budget(@RequestParam int year) {
        return views.budget(year);
    }

    @GetMapping("/applications")
    @PreAuthorize(WelfareCommands.READERS)
    @Operation(summary = "Applications within the caller's welfare:manage scope, or the caller's own")
    Page<Welfare.Application> applications(@RequestParam(required = false) Long itemId,
                                           @RequestParam(required = false) Welfare.ApplicationState state,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(defaultValue = "false") boolean mine,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return views.applications(itemId, state, year, mine || !commands.manages(), PageRequest.of(page, size));
    }

    @PostMapping("/applications")
    @PreAuthorize(WelfareCommands.READERS)
    @Operation(summary = "Apply for oneself (no employeeNo) or, with welfare:manage, for a member")
    ResponseEntity<Created> apply(@RequestBody ApplicationBody body) {
        if (body.itemId() == null) {
            throw org.cadre.shared.BusinessRuleException.onField("itemId", "welfare.item.unknown");
        }
        long id = commands.apply(body.itemId(), body.employeeNo(), body.eventDate(), body.amount(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/congress/welfare/applications/" + id)).body(new Created(id));
    }

    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasAuthority('welfare:manage')")
    @Operation(summary = "Approve, or reject with a reason")
    void decide(@PathVariable long id, @RequestBody Decision decision) {
        commands.decide(id, decision.approve(), decision.reason());
    }

    @PostMapping("/applications/{id}/payment")
    @PreAuthorize("hasAuthority('welfare:manage')")
    @Operation(summary = "Record the payment of an approved application")
    void pay(@PathVariable long id, @RequestBody Payment payment) {
        commands.pay(id, payment.amount(), payment.paidOn(), payment.reference());
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('welfare:manage')")
    @Operation(summary = "A year's applications, payments and budgets as Excel")
    void export(@RequestParam int year, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename("welfare-" + year + ".xlsx").build().toString());
        views.export(year, locale, response.getOutputStream());
    }
}
