package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The congress over JSON: the same permissions, rules and audit as the pages. */
@JsonApi("/api/v1/congress")
@Tag(name = "Congress", description = "Workers' Congress (职代会): terms, meetings, agenda, delegates, attendance "
        + "and quorum, votes decided against all delegates of the term")
class CongressApi {

    record Created(long id) {
    }

    record StateChange(String to) {
    }

    record AgendaRequest(String kind, String title, String presenter, Integer position) {
    }

    record VenueRequest(String name, String officerEmployeeNo, List<Long> delegationIds) {
    }

    record CheckInRequest(List<String> employeeNos) {
    }

    record SiteRequest(List<Long> delegateIds) {
    }

    record VoteRequest(String mode) {
    }

    record CountsRequest(Integer votesFor, Integer votesAgainst, Integer abstentions) {
    }

    record SecretaryRequest(String employeeNo) {
    }

    record ReplaceRequest(String successorEmployeeNo, String category, String reason, LocalDate on) {
    }

    record MeetingView(CongressRoll.Meeting meeting, List<Meetings.Venue> venues, List<Meetings.AgendaItem> agenda,
                       Attendance.Quorum quorum, List<Votes.Vote> votes) {
    }

    private final Meetings meetings;
    private final Delegates delegates;
    private final Attendance attendance;
    private final Votes votes;
    private final CongressRoll roll;

    CongressApi(Meetings meetings, Delegates delegates, Attendance attendance, Votes votes, CongressRoll roll) {
        this.meetings = meetings;
        this.delegates = delegates;
        this.attendance = attendance;
        this.votes = votes;
        this.roll = roll;
    }

    @GetMapping("/terms")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "Terms (届), newest first")
    List<CongressRoll.Term> terms() {
        return meetings.terms();
    }

    @PostMapping("/terms")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Create a term")
    ResponseEntity<Created> createTerm(@RequestBody Meetings.TermSpec spec) {
        return ResponseEntity.status(201).body(new Created(meetings.createTerm(spec)));
    }

    @PutMapping("/terms/{id}")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Change a term's ordinal, name or dates")
    ResponseEntity<Void> updateTerm(@PathVariable long id, @RequestBody Meetings.TermSpec spec) {
        meetings.updateTerm(id, spec);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/terms/{id}/meetings")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "The meetings of a term")
    List<CongressRoll.Meeting> meetingsOf(@PathVariable long id) {
        meetings.term(id);
        return roll.meetings(id);
    }

    @PostMapping("/meetings")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Create a meeting of a term, with its main venue and proposal window")
    ResponseEntity<Created> createMeeting(@RequestBody Meetings.MeetingSpec spec) {
        return ResponseEntity.status(201).body(new Created(meetings.createMeeting(spec)));
    }

    @PutMapping("/meetings/{id}")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Change a meeting (its term stays)")
    ResponseEntity<Void> updateMeeting(@PathVariable long id, @RequestBody Meetings.MeetingSpec spec) {
        meetings.updateMeeting(id, spec);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "A meeting with its venues, agenda and materials, quorum and votes")
    MeetingView meeting(@PathVariable long id) {
        return new MeetingView(meetings.meeting(id), meetings.venues(id), meetings.agenda(id), attendance.quorum(id),
                votes.ofMeeting(id));
    }

    @PostMapping("/meetings/{id}/state")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "PLANNED → IN_SESSION → CLOSED")
    ResponseEntity<Void> advance(@PathVariable long id, @RequestBody StateChange change) {
        meetings.advance(id, change.to());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{id}/venues")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Add a video site (分会场) with its site officer and the delegations attending there")
    ResponseEntity<Created> addVenue(@PathVariable long id, @RequestBody VenueRequest request) {
        return ResponseEntity.status(201).body(new Created(meetings.addVenue(id, request.name(),
                request.officerEmployeeNo(), request.delegationIds())));
    }

    @PostMapping("/meetings/{id}/agenda")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Add an agenda item (REPORT, DOCUMENT_TO_ADOPT, ELECTION, APPRAISAL, HONORS, OTHER)")
    ResponseEntity<Created> addItem(@PathVariable long id, @RequestBody AgendaRequest request) {
        return ResponseEntity.status(201).body(new Created(meetings.addAgendaItem(id, request.kind(), request.title(),
                request.presenter(), request.position())));
    }

    @PutMapping("/agenda/{itemId}")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Change an agenda item (a voted item keeps its kind)")
    ResponseEntity<Void> updateItem(@PathVariable long itemId, @RequestBody AgendaRequest request) {
        Meetings.AgendaItem item = meetings.agendaItem(itemId);
        meetings.updateAgendaItem(itemId, request.kind(), request.title(), request.presenter(),
                request.position() == null ? item.position() : request.position());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetings/{id}/attendance")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "Present of all delegates of the term, and whether two thirds are present")
    Attendance.Quorum quorum(@PathVariable long id) {
        return attendance.quorum(id);
    }

    @PostMapping("/meetings/{id}/attendance")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Check delegates in by employee number (an officer); nobody is checked in twice")
    Attendance.CheckedIn checkIn(@PathVariable long id, @RequestBody CheckInRequest request) {
        return attendance.checkInByEmployeeNo(id, String.join(" ", request.employeeNos() == null ? List.of()
                : request.employeeNos()));
    }

    @PostMapping("/meetings/{id}/sites/{venueId}/attendance")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "The site officer marks delegates present at their video site")
    int markAtSite(@PathVariable long id, @PathVariable long venueId, @RequestBody SiteRequest request) {
        return attendance.markAtSite(id, venueId, request.delegateIds());
    }

    @GetMapping("/meetings/{id}/votes")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "The votes of a meeting with their results")
    List<Votes.Vote> votes(@PathVariable long id) {
        return votes.ofMeeting(id);
    }

    @GetMapping("/meetings/{id}/documents")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "The documents the meeting adopted, with their vote results")
    List<Votes.Vote> documents(@PathVariable long id) {
        return votes.adopted(id);
    }

    @PostMapping("/agenda/{itemId}/vote")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Open the vote on a document (SECRET on the ballot engine or COUNTED); refused without quorum")
    ResponseEntity<Created> openVote(@PathVariable long itemId, @RequestBody VoteRequest request) {
        return ResponseEntity.status(201).body(new Created(votes.open(itemId, request.mode())));
    }

    @PostMapping("/votes/{id}/counts")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Enter the counts of a COUNTED vote; decided by more than half of ALL delegates")
    Votes.Vote counts(@PathVariable long id, @RequestBody CountsRequest request) {
        return votes.enterCounts(id, request.votesFor(), request.votesAgainst(), request.abstentions());
    }

    @PostMapping("/votes/{id}/close")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "End a SECRET vote: the ballot is counted and published, the adoption rule decides")
    Votes.Vote close(@PathVariable long id) {
        return votes.closeSecret(id);
    }

    @GetMapping("/terms/{id}/delegates")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "Delegates of a term, paged and filtered (delegation, constituency, category, name, also ended seats)")
    Page<Delegates.Delegate> delegates(@PathVariable long id, @RequestParam(required = false) Long delegation,
                                       @RequestParam(required = false) String category,
                                       @RequestParam(required = false) String text,
                                       @RequestParam(required = false) boolean history,
                                       @RequestParam(required = false) String constituency,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return delegates.page(id, new Delegates.Filter(delegation, category, text, history, constituency),
                PageRequest.of(page, size));
    }

    @PostMapping("/terms/{id}/delegates")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Elect (add) a delegate")
    ResponseEntity<Created> addDelegate(@PathVariable long id, @RequestBody Delegates.NewDelegate request) {
        return ResponseEntity.status(201).body(new Created(delegates.add(id, request)));
    }

    @GetMapping("/terms/{id}/composition")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "The composition rules of the term, each met or violated with its numbers")
    List<Composition.Check> composition(@PathVariable long id) {
        return delegates.composition(id);
    }

    @PostMapping("/delegates/{id}/replace")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Replace a delegate during the term: the seat ends with the reason, the successor's opens")
    ResponseEntity<Created> replace(@PathVariable long id, @RequestBody ReplaceRequest request) {
        return ResponseEntity.status(201).body(new Created(delegates.replace(id, request.successorEmployeeNo(),
                request.category(), request.reason(), request.on())));
    }

    @GetMapping("/terms/{id}/delegations")
    @PreAuthorize(MeetingPages.READERS)
    @Operation(summary = "The delegations of a term with their seats and current secretary (who records the "
            + "delegation's breakout opinions)")
    List<Delegates.Delegation> delegations(@PathVariable long id) {
        return delegates.delegations(id);
    }

    @PutMapping("/delegations/{id}/secretary")
    @PreAuthorize(MeetingPages.MANAGERS)
    @Operation(summary = "Appoint the delegation's secretary from today (the one place to appoint): the current "
            + "secretary's period ends, history kept; the secretary records the delegation's breakout opinions")
    ResponseEntity<Void> secretary(@PathVariable long id, @RequestBody SecretaryRequest request) {
        delegates.setSecretary(id, request.employeeNo());
        return ResponseEntity.noContent().build();
    }
}
