package org.cadre.congress.internal.meetings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The congress hub, terms and meetings, a meeting's page (venues, agenda with materials, the live quorum, the votes),
 * check-in (the venue's QR code, officers by employee number, site officers at video sites), the venue screen, the
 * result sheet of a vote and the adopted documents of a meeting.
 */
@Controller
class MeetingPages {

    static final String READERS = "hasAnyAuthority('congress:read', 'congress:manage')";
    static final String MANAGERS = "hasAuthority('congress:manage')";

    private final Meetings meetings;
    private final Delegates delegates;
    private final Attendance attendance;
    private final Votes votes;
    private final CongressRoll roll;
    private final CongressAccess access;

    MeetingPages(Meetings meetings, Delegates delegates, Attendance attendance, Votes votes, CongressRoll roll,
                 CongressAccess access) {
        this.meetings = meetings;
        this.delegates = delegates;
        this.attendance = attendance;
        this.votes = votes;
        this.roll = roll;
        this.access = access;
    }

    @GetMapping("/congress")
    @PreAuthorize(READERS)
    String hub(@RequestParam(required = false) Long term, Model model) {
        List<CongressRoll.Term> terms = meetings.terms();
        CongressRoll.Term current = term != null ? meetings.term(term)
                : roll.currentTerm(access.today()).orElse(terms.isEmpty() ? null : terms.get(0));
        model.addAttribute("terms", terms);
        model.addAttribute("term", current);
        model.addAttribute("meetings", current == null ? List.of() : roll.meetings(current.id()));
        model.addAttribute("delegateCount", current == null ? 0 : roll.delegateCount(current.id(), access.today()));
        model.addAttribute("next", roll.nextMeeting(access.today()).orElse(null));
        model.addAttribute("mySeat", access.personId() == null ? null
                : roll.seatOf(access.personId(), access.today()).orElse(null));
        model.addAttribute("canManage", access.canManage());
        return "congress/hub";
    }

    // --- terms ------------------------------------------------------------------------------------------------

    @GetMapping("/congress/terms/new")
    @PreAuthorize(MANAGERS)
    String newTerm(Model model) {
        access.requireManage();
        model.addAttribute("term", null);
        model.addAttribute("form", null);
        return "congress/term-form";
    }

    @GetMapping("/congress/terms/{id}/edit")
    @PreAuthorize(MANAGERS)
    String editTerm(@PathVariable long id, Model model) {
        access.requireManage();
        model.addAttribute("term", meetings.term(id));
        model.addAttribute("form", meetings.term(id));
        return "congress/term-form";
    }

    @PostMapping("/congress/terms")
    @PreAuthorize(MANAGERS)
    String createTerm(@ModelAttribute Meetings.TermSpec spec, Model model, RedirectAttributes redirect) {
        try {
            long id = meetings.createTerm(spec);
            Flash.notice(redirect, "congress.term.saved", spec.name());
            return "redirect:/congress?term=" + id;
        } catch (BusinessRuleException e) {
            return refused(model, e, "term", null, spec, "congress/term-form");
        }
    }

    @PostMapping("/congress/terms/{id}")
    @PreAuthorize(MANAGERS)
    String updateTerm(@PathVariable long id, @ModelAttribute Meetings.TermSpec spec, Model model,
                      RedirectAttributes redirect) {
        try {
            meetings.updateTerm(id, spec);
            Flash.notice(redirect, "congress.term.saved", spec.name());
            return "redirect:/congress?term=" + id;
        } catch (BusinessRuleException e) {
            return refused(model, e, "term", meetings.term(id), spec, "congress/term-form");
        }
    }

    /** The form again with what was typed, the message on top and the field marked: nothing was changed. */
    private static String refused(Model model, BusinessRuleException e, String name, Object saved, Object typed,
                                  String view) {
        model.addAttribute(name, saved);
        model.addAttribute("form", typed);
        model.addAttribute("failure", e.messageKey());
        model.addAttribute("failureArgs", java.util.Arrays.stream(e.arguments() == null ? new Object[0] : e.arguments())
                .map(String::valueOf).toArray(String[]::new));
        model.addAttribute("failureField", e.field());
        return view;
    }

    // --- meetings ---------------------------------------------------------------------------------------------

    @GetMapping("/congress/meetings/new")
    @PreAuthorize(MANAGERS)
    String newMeeting(@RequestParam long term, Model model) {
        access.requireManage();
        model.addAttribute("term", meetings.term(term));
        model.addAttribute("meeting", null);
        model.addAttribute("form", null);
        return "congress/meeting-form";
    }

    @GetMapping("/congress/meetings/{id}/edit")
    @PreAuthorize(MANAGERS)
    String editMeeting(@PathVariable long id, Model model) {
        access.requireManage();
        CongressRoll.Meeting meeting = meetings.meeting(id);
        model.addAttribute("term", meetings.term(meeting.termId()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", meeting);
        return "congress/meeting-form";
    }

    @PostMapping("/congress/meetings")
    @PreAuthorize(MANAGERS)
    String createMeeting(@RequestParam long termId, @ModelAttribute Meetings.MeetingSpec spec, Model model,
                         RedirectAttributes redirect) {
        try {
            long id = meetings.createMeeting(spec);
            Flash.notice(redirect, "congress.meeting.saved", spec.name());
            return "redirect:/congress/meetings/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("term", meetings.term(termId));
            return refused(model, e, "meeting", null, spec, "congress/meeting-form");
        }
    }

    @PostMapping("/congress/meetings/{id}")
    @PreAuthorize(MANAGERS)
    String updateMeeting(@PathVariable long id, @ModelAttribute Meetings.MeetingSpec spec, Model model,
                         RedirectAttributes redirect) {
        try {
            meetings.updateMeeting(id, spec);
            Flash.notice(redirect, "congress.meeting.saved", spec.name());
            return "redirect:/congress/meetings/" + id;
        } catch (BusinessRuleException e) {
            CongressRoll.Meeting meeting = meetings.meeting(id);
            model.addAttribute("term", meetings.term(meeting.termId()));
            return refused(model, e, "meeting", meeting, spec, "congress/meeting-form");
        }
    }

    @GetMapping("/congress/meetings/{id}")
    @PreAuthorize(READERS)
    String meeting(@PathVariable long id, Model model) {
        CongressRoll.Meeting meeting = meetings.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("term", meetings.term(meeting.termId()));
        model.addAttribute("venues", meetings.venues(id));
        model.addAttribute("agenda", meetings.agenda(id));
        model.addAttribute("votes", votes.ofMeeting(id).stream()
                .collect(java.util.stream.Collectors.toMap(Votes.Vote::agendaItemId, v -> v)));
        model.addAttribute("quorum", attendance.quorum(id));
        model.addAttribute("delegations", delegates.delegations(meeting.termId()));
        model.addAttribute("mySites", attendance.sitesOfMe(id));
        model.addAttribute("kinds", Meetings.KINDS);
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("maxMaterialMb", Meetings.MAX_MATERIAL_BYTES / 1024 / 1024);
        return "congress/meeting";
    }

    @GetMapping("/congress/meetings/{id}/quorum")
    @PreAuthorize(READERS)
    String quorum(@PathVariable long id, Model model) {
        model.addAttribute("quorum", attendance.quorum(id));
        return "congress/partials/quorum :: quorum";
    }

    @PostMapping("/congress/meetings/{id}/state")
    @PreAuthorize(MANAGERS)
    String advance(@PathVariable long id, @RequestParam String to, RedirectAttributes redirect) {
        try {
            meetings.advance(id, to);
            Flash.notice(redirect, "congress.meeting.stateChanged");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + id;
    }

    @PostMapping("/congress/meetings/{id}/venues")
    @PreAuthorize(MANAGERS)
    String addVenue(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String officer,
                    @RequestParam(required = false) List<Long> delegationIds, RedirectAttributes redirect) {
        try {
            meetings.addVenue(id, name, officer, delegationIds);
            Flash.notice(redirect, "congress.venue.added", name);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + id + "#venues";
    }

    @PostMapping("/congress/meetings/{id}/venues/{venueId}/officer")
    @PreAuthorize(MANAGERS)
    String setOfficer(@PathVariable long id, @PathVariable long venueId, @RequestParam(required = false) String officer,
                      RedirectAttributes redirect) {
        try {
            meetings.setVenueOfficer(id, venueId, officer);
            Flash.notice(redirect, "congress.venue.officerSet");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + id + "#venues";
    }

    // --- agenda and materials -----------------------------------------------------------------------------------

    @PostMapping("/congress/meetings/{id}/agenda")
    @PreAuthorize(MANAGERS)
    String addItem(@PathVariable long id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String presenter,
                   RedirectAttributes redirect) {
        try {
            meetings.addAgendaItem(id, kind, title, presenter, null);
            Flash.notice(redirect, "congress.agenda.added", title);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + id + "#agenda";
    }

    @PostMapping("/congress/agenda/{itemId}")
    @PreAuthorize(MANAGERS)
    String updateItem(@PathVariable long itemId, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String title, @RequestParam(required = false) String presenter,
                      @RequestParam(required = false) Integer position, RedirectAttributes redirect) {
        Meetings.AgendaItem item = meetings.agendaItem(itemId);
        try {
            meetings.updateAgendaItem(itemId, kind, title, presenter, position == null ? item.position() : position);
            Flash.notice(redirect, "congress.agenda.saved", title);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + item.meetingId() + "#agenda";
    }

    @PostMapping("/congress/agenda/{itemId}/materials")
    @PreAuthorize(MANAGERS)
    String upload(@PathVariable long itemId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        Meetings.AgendaItem item = meetings.agendaItem(itemId);
        try {
            meetings.addMaterial(itemId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
            Flash.notice(redirect, "congress.material.added", file.getOriginalFilename());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + item.meetingId() + "#agenda";
    }

    @GetMapping("/congress/materials/{id}")
    @PreAuthorize(READERS)
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        Meetings.MaterialFile file = meetings.material(id);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    // --- attendance -------------------------------------------------------------------------------------------

    @GetMapping("/congress/meetings/{id}/checkin")
    @PreAuthorize(MANAGERS)
    String checkInPage(@PathVariable long id, Model model) {
        access.requireManage();
        CongressRoll.Meeting meeting = meetings.meeting(id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/congress/checkin/")
                .path(meetings.checkInToken(id)).toUriString();
        model.addAttribute("meeting", meeting);
        model.addAttribute("checkInUrl", url);
        model.addAttribute("qr", QrCodes.pngDataUri(url, 320));
        model.addAttribute("quorum", attendance.quorum(id));
        return "congress/checkin";
    }

    @PostMapping("/congress/meetings/{id}/checkin")
    @PreAuthorize(MANAGERS)
    String checkInByOfficer(@PathVariable long id, @RequestParam(required = false) String employeeNos,
                            RedirectAttributes redirect) {
        try {
            Attendance.CheckedIn done = attendance.checkInByEmployeeNo(id, employeeNos);
            Flash.notice(redirect, "congress.checkin.done", done.checkedIn(), done.already());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + id + "/checkin";
    }

    /** The address of the venue's QR code: the signed-in delegate confirms on their phone. */
    @GetMapping("/congress/checkin/{token}")
    @PreAuthorize(READERS)
    String selfCheckInPage(@PathVariable String token, Model model) {
        long meetingId = meetings.meetingOfToken(token)
                .orElseThrow(() -> new org.cadre.shared.NotFoundException("congress check-in", 0));
        CongressRoll.Meeting meeting = meetings.meeting(meetingId);
        CongressRoll.Seat seat = access.personId() == null ? null : roll.seatOf(access.personId(), access.today())
                .filter(s -> s.termId() == meeting.termId()).orElse(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("token", token);
        model.addAttribute("seat", seat);
        model.addAttribute("present", seat != null && attendance.isPresent(meetingId, seat.delegateId()));
        return "congress/checkin-self";
    }

    @PostMapping("/congress/checkin/{token}")
    @PreAuthorize(READERS)
    String selfCheckIn(@PathVariable String token, RedirectAttributes redirect) {
        try {
            attendance.checkInSelf(token);
            Flash.notice(redirect, "congress.checkin.self");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/checkin/" + token;
    }

    @GetMapping("/congress/meetings/{id}/sites/{venueId}")
    @PreAuthorize(READERS)
    String site(@PathVariable long id, @PathVariable long venueId, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("meeting", meetings.meeting(id));
        model.addAttribute("venue", meetings.venue(id, venueId));
        model.addAttribute("page", attendance.siteDelegates(id, venueId, PageRequest.of(page, 100)));
        model.addAttribute("quorum", attendance.quorum(id));
        return "congress/site";
    }

    @PostMapping("/congress/meetings/{id}/sites/{venueId}")
    @PreAuthorize(READERS)
    String markAtSite(@PathVariable long id, @PathVariable long venueId,
                      @RequestParam(required = false) List<Long> delegateIds, RedirectAttributes redirect) {
        try {
            int done = attendance.markAtSite(id, venueId, delegateIds);
            Flash.notice(redirect, "congress.site.marked", done);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + id + "/sites/" + venueId;
    }

    // --- the venue screen, votes and results ---------------------------------------------------------------------

    @GetMapping("/congress/meetings/{id}/screen")
    @PreAuthorize(READERS)
    String screen(@PathVariable long id, Model model) {
        addLive(id, model);
        return "congress/screen";
    }

    @GetMapping("/congress/meetings/{id}/screen/live")
    @PreAuthorize(READERS)
    String screenLive(@PathVariable long id, Model model) {
        addLive(id, model);
        return "congress/partials/live :: live";
    }

    private void addLive(long id, Model model) {
        model.addAttribute("meeting", meetings.meeting(id));
        model.addAttribute("quorum", attendance.quorum(id));
        List<Votes.Vote> all = votes.ofMeeting(id);
        model.addAttribute("votes", all);
        model.addAttribute("turnouts", all.stream().filter(v -> v.open() && "SECRET".equals(v.mode()))
                .collect(java.util.stream.Collectors.toMap(Votes.Vote::id, votes::turnout)));
    }

    @PostMapping("/congress/agenda/{itemId}/vote")
    @PreAuthorize(MANAGERS)
    String openVote(@PathVariable long itemId, @RequestParam(required = false) String mode,
                    RedirectAttributes redirect) {
        Meetings.AgendaItem item = meetings.agendaItem(itemId);
        try {
            votes.open(itemId, mode);
            Flash.notice(redirect, "congress.vote.opened", item.title());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + item.meetingId() + "#agenda";
    }

    @PostMapping("/congress/votes/{id}/counts")
    @PreAuthorize(MANAGERS)
    String counts(@PathVariable long id, @RequestParam(required = false) Integer votesFor,
                  @RequestParam(required = false) Integer votesAgainst,
                  @RequestParam(required = false) Integer abstentions, RedirectAttributes redirect) {
        Votes.Vote vote = votes.vote(id);
        try {
            Votes.Vote decided = votes.enterCounts(id, votesFor, votesAgainst, abstentions);
            Flash.notice(redirect, Boolean.TRUE.equals(decided.adopted()) ? "congress.vote.adoptedNotice"
                    : "congress.vote.rejectedNotice", decided.title());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + vote.meetingId() + "#agenda";
    }

    @PostMapping("/congress/votes/{id}/close")
    @PreAuthorize(MANAGERS)
    String close(@PathVariable long id, RedirectAttributes redirect) {
        Votes.Vote vote = votes.vote(id);
        try {
            Votes.Vote decided = votes.closeSecret(id);
            Flash.notice(redirect, Boolean.TRUE.equals(decided.adopted()) ? "congress.vote.adoptedNotice"
                    : "congress.vote.rejectedNotice", decided.title());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/meetings/" + vote.meetingId() + "#agenda";
    }

    @GetMapping("/congress/votes/{id}/sheet")
    @PreAuthorize(READERS)
    String sheet(@PathVariable long id, Model model) {
        Votes.Vote vote = votes.vote(id);
        model.addAttribute("vote", vote);
        model.addAttribute("meeting", meetings.meeting(vote.meetingId()));
        return "congress/sheet";
    }

    @GetMapping("/congress/meetings/{id}/documents")
    @PreAuthorize(READERS)
    String documents(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.meeting(id));
        model.addAttribute("documents", votes.adopted(id));
        model.addAttribute("agenda", meetings.agenda(id).stream()
                .collect(java.util.stream.Collectors.toMap(Meetings.AgendaItem::id, a -> a)));
        return "congress/documents";
    }
}
