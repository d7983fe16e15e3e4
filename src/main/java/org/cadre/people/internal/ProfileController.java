package org.cadre.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.AuditTrail;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatusHistory;
import org.cadre.people.ProfileLink;
import org.cadre.people.internal.Memberships.Membership;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's profile: fields, photo, posts, units and status over time, the audit history, the national ID on
 * request.
 */
@Controller
@RequestMapping("/people/{id}")
class ProfileController {

    static final int AUDIT_PAGE_SIZE = 10;

    private final PersonAccess people;
    private final PersonRepository repository;
    private final Memberships memberships;
    private final OrganizationQueries organization;
    private final AuditTrail auditTrail;
    private final AuditLog audit;
    private final AccessControl access;
    private final UnitChoices units;
    private final ObjectProvider<ProfileLink> links;
    private final PersonStatusHistory statusHistory;

    ProfileController(PersonAccess people, PersonRepository repository, Memberships memberships,
                      OrganizationQueries organization, AuditTrail auditTrail, AuditLog audit, AccessControl access,
                      UnitChoices units, ObjectProvider<ProfileLink> links, PersonStatusHistory statusHistory) {
        this.people = people;
        this.repository = repository;
        this.memberships = memberships;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.audit = audit;
        this.access = access;
        this.units = units;
        this.links = links;
        this.statusHistory = statusHistory;
    }

    public record MembershipLine(String unitName, LocalDate validFrom, LocalDate validTo) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    String profile(@PathVariable long id, Model model) {
        Person person = people.require(id, Permissions.PEOPLE_READ);
        LocalDate today = people.today();
        model.addAttribute("person", person);
        model.addAttribute("p", person.data());
        model.addAttribute("unitPath", organization.unitPath(person.unitId(), today));
        model.addAttribute("posts", organization.currentPosts(List.of(id), today).getOrDefault(id, List.of()));
        model.addAttribute("assignments", organization.assignmentHistory(id));
        model.addAttribute("memberships", membershipLines(id, today));
        model.addAttribute("statusChanges", statusHistory.of(id));
        model.addAttribute("hasPhoto", repository.hasPhoto(id));
        model.addAttribute("canReveal", people.reaches(Permissions.PEOPLE_NATIONAL_ID, person));
        boolean canManage = people.reaches(Permissions.PEOPLE_MANAGE, person);
        model.addAttribute("canManage", canManage);
        if (canManage) {
            model.addAttribute("statuses", PersonStatus.values());
            model.addAttribute("units", units.within(access.requireScope(Permissions.PEOPLE_MANAGE), today));
        }
        model.addAttribute("profileLinks", links.orderedStream().flatMap(l -> l.forPerson(id).stream()).toList());
        addAudit(person, 0, model);
        return "people/profile";
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('people:read') and hasAuthority('audit:read')")
    String auditHistory(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Person person = people.require(id, Permissions.PEOPLE_READ);
        if (!people.reaches(Permissions.AUDIT_READ, person)) {
            throw new NotFoundException("person", id);
        }
        model.addAttribute("person", person);
        addAudit(person, page, model);
        return "people/partials/audit :: audit";
    }

    @GetMapping("/photo")
    @PreAuthorize("hasAuthority('people:read')")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        people.require(id, Permissions.PEOPLE_READ);
        PersonRepository.Photo photo = repository.photo(id).orElseThrow(() -> new NotFoundException("photo", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).body(photo.content());
    }

    /** Shows the full number to a holder of people:national-id, and records that they saw it. */
    @PostMapping("/national-id")
    @PreAuthorize("hasAuthority('people:national-id')")
    String revealNationalId(@PathVariable long id, Model model) {
        Person person = people.require(id, Permissions.PEOPLE_NATIONAL_ID);
        audit.record("person.nationalId.viewed", "person", id, person.data().employeeNo(), null,
                Map.of("nationalId", String.valueOf(person.maskedNationalId())));
        model.addAttribute("nationalId", person.data().nationalId());
        return "people/partials/national-id :: revealed";
    }

    /** The person's audit trail, for a reader whose audit:read scope reaches the person as well. */
    private void addAudit(Person person, int page, Model model) {
        if (people.reaches(Permissions.AUDIT_READ, person)) {
            model.addAttribute("auditPage", auditTrail.forEntity("person", person.id(),
                    new PageRequest(page, AUDIT_PAGE_SIZE)));
        }
    }

    private List<MembershipLine> membershipLines(long id, LocalDate today) {
        List<Membership> rows = memberships.history(id);
        Map<Long, String> names = organization.unitNames(rows.stream().map(Membership::unitId).distinct().toList(),
                today);
        return rows.stream().map(m -> new MembershipLine(names.get(m.unitId()), m.validFrom(), m.validTo())).toList();
    }
}
