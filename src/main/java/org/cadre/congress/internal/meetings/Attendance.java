package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cadre.congress.internal.CongressRoll;
import org.cadre.identity.AuditLog;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is present at a meeting: a delegate checks in by scanning the venue's QR code while signed in, an officer
 * checks delegates in by employee number (one or many), a site officer marks the delegates at a video site. Nobody is
 * checked in twice. The quorum (two thirds of all delegates of the term present) gates the votes.
 */
@Service
public class Attendance {

    private final JdbcClient jdbc;
    private final CongressRoll roll;
    private final Meetings meetings;
    private final CongressAccess access;
    private final AuditLog audit;
    private final PersonNames people;

    Attendance(JdbcClient jdbc, CongressRoll roll, Meetings meetings, CongressAccess access, AuditLog audit,
               PersonNames people) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.meetings = meetings;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    /** Present of all delegates of the term today, and the two thirds needed. */
    public record Quorum(long meetingId, int present, int all, int needed, boolean met) {

        public int percent() {
            return all == 0 ? 0 : (int) Math.floor(100.0 * present / all);
        }
    }

    /** A delegate of a video site's delegations, present or not. */
    public record SiteDelegate(long delegateId, String employeeNo, String name, String delegationName, boolean present) {
    }

    public record CheckedIn(int checkedIn, int already) {
    }

    public Quorum quorum(long meetingId) {
        CongressRoll.Meeting meeting = meetings.meeting(meetingId);
        LocalDate day = access.today();
        int all = (int) roll.delegateCount(meeting.termId(), day);
        int present = jdbc.sql("""
                select count(*) from congress_attendance a join congress_delegate d on d.id = a.delegate_id
                where a.meeting_id = :m and d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                """).param("m", meetingId).param("day", day).query(Integer.class).single();
        return new Quorum(meetingId, present, all, AdoptionRule.quorumNeeded(all), AdoptionRule.quorum(present, all));
    }

    /** The person ids of the delegates present (the roll of a secret vote). */
    List<Long> presentPersons(long meetingId) {
        LocalDate day = access.today();
        return jdbc.sql("""
                select d.person_id from congress_attendance a join congress_delegate d on d.id = a.delegate_id
                where a.meeting_id = :m and d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                order by d.id
                """).param("m", meetingId).param("day", day).query(Long.class).list();
    }

    public boolean isPresent(long meetingId, long delegateId) {
        return jdbc.sql("select count(*) from congress_attendance where meeting_id = ? and delegate_id = ?")
                .param(meetingId).param(delegateId).query(Long.class).single() > 0;
    }

    /** The signed-in delegate checks in with the token of the venue's QR code. */
    @Transactional
    public long checkInSelf(String token) {
        long meetingId = meetings.meetingOfToken(token).orElseThrow(() -> new NotFoundException("congress check-in", 0));
        CongressRoll.Meeting meeting = requireInSession(meetingId);
        Long person = access.personId();
        CongressRoll.Seat seat = person == null ? null : roll.seatOf(person, access.today())
                .filter(s -> s.termId() == meeting.termId()).orElse(null);
        if (seat == null) {
            throw new BusinessRuleException("congress.checkin.notDelegate");
        }
        if (!insert(meetingId, seat.delegateId(), mainVenue(meetingId), "QR")) {
            throw new BusinessRuleException("congress.checkin.already");
        }
        audit.record("congress.checkin", "congress_meeting", meetingId, "Checked in by QR code", null,
                Map.of("delegate", seat.delegateId()));
        return meetingId;
    }

    /** An officer checks delegates in by employee number; all or nothing for unknown numbers and non-delegates. */
    @Transactional
    public CheckedIn checkInByEmployeeNo(long meetingId, String employeeNos) {
        access.requireManage();
        CongressRoll.Meeting meeting = requireInSession(meetingId);
        List<String> numbers = new ArrayList<>(new LinkedHashSet<>(Text.items(employeeNos)));
        if (numbers.isEmpty()) {
            throw BusinessRuleException.onField("employeeNos", "congress.validation.employeeNo");
        }
        Map<String, Long> ids = people.idsByEmployeeNo(numbers);
        List<Long> delegates = new ArrayList<>();
        for (String no : numbers) {
            Long person = ids.get(no);
            if (person == null) {
                throw BusinessRuleException.onField("employeeNos", "congress.person.unknown", no);
            }
            CongressRoll.Seat seat = roll.seatOf(person, access.today()).filter(s -> s.termId() == meeting.termId())
                    .orElseThrow(() -> BusinessRuleException.onField("employeeNos", "congress.checkin.notADelegate", no));
            delegates.add(seat.delegateId());
        }
        if (numbers.size() == 1 && isPresent(meetingId, delegates.get(0))) {
            throw BusinessRuleException.onField("employeeNos", "congress.checkin.alreadyOne", numbers.get(0));
        }
        Long venue = mainVenue(meetingId);
        int done = 0;
        for (Long d : delegates) {
            if (insert(meetingId, d, venue, "OFFICER")) {
                done++;
            }
        }
        audit.record("congress.checkin.officer", "congress_meeting", meetingId, done + " delegates checked in by "
                + access.actor(), null, Map.of("employeeNos", numbers));
        return new CheckedIn(done, delegates.size() - done);
    }

    /** The delegates of a video site's delegations, present or not (the site officer's list). */
    public Page<SiteDelegate> siteDelegates(long meetingId, long venueId, PageRequest request) {
        requireSiteOfficer(meetingId, venueId);
        LocalDate day = access.today();
        String from = """
                from congress_delegate d join congress_delegation g on g.id = d.delegation_id
                join congress_venue_delegation vd on vd.delegation_id = d.delegation_id and vd.venue_id = :v
                where d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                """;
        long total = jdbc.sql("select count(*) " + from).param("v", venueId).param("day", day).query(Long.class).single();
        List<Object[]> rows = jdbc.sql("select d.id, d.person_id, g.name, exists (select 1 from congress_attendance a "
                        + "where a.meeting_id = :m and a.delegate_id = d.id) " + from
                        + " order by g.sort_order, d.id limit :limit offset :offset")
                .param("m", meetingId).param("v", venueId).param("day", day).param("limit", request.limit())
                .param("offset", request.offset())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)}).list();
        Map<Long, PersonNames.Named> names = people.byIds(rows.stream().map(r -> (Long) r[1]).toList());
        return new Page<>(rows.stream().map(r -> {
            PersonNames.Named p = names.get((Long) r[1]);
            return new SiteDelegate((Long) r[0], p == null ? "" : p.employeeNo(), p == null ? "" : p.name(),
                    (String) r[2], (Boolean) r[3]);
        }).toList(), total, request);
    }

    /** The site officer marks delegates of their site's delegations present. */
    @Transactional
    public int markAtSite(long meetingId, long venueId, List<Long> delegateIds) {
        requireSiteOfficer(meetingId, venueId);
        requireInSession(meetingId);
        if (delegateIds == null || delegateIds.isEmpty()) {
            throw new BusinessRuleException("congress.site.noneChosen");
        }
        LocalDate day = access.today();
        Set<Long> ofSite = Set.copyOf(jdbc.sql("""
                select d.id from congress_delegate d
                join congress_venue_delegation vd on vd.delegation_id = d.delegation_id and vd.venue_id = :v
                where d.id = any(:ids) and d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                """).param("v", venueId).param("ids", delegateIds.toArray(Long[]::new)).param("day", day)
                .query(Long.class).list());
        if (!ofSite.containsAll(delegateIds)) {
            throw new BusinessRuleException("congress.site.notOfSite");
        }
        int done = 0;
        for (Long d : delegateIds) {
            if (insert(meetingId, d, venueId, "SITE")) {
                done++;
            }
        }
        audit.record("congress.checkin.site", "congress_venue", venueId, done + " delegates present at the video site",
                null, Map.of("delegates", delegateIds));
        return done;
    }

    private void requireSiteOfficer(long meetingId, long venueId) {
        Meetings.Venue venue = meetings.venue(meetingId, venueId);
        if (!access.canManage() && !Objects.equals(venue.officerPersonId(), access.personId())) {
            throw new AccessDeniedException("not the officer of this site");
        }
    }

    /** The venues whose officer the signed-in person is. */
    public List<Meetings.Venue> sitesOfMe(long meetingId) {
        Long me = access.personId();
        return meetings.venues(meetingId).stream().filter(v -> !v.main() && (access.canManage()
                || (me != null && me.equals(v.officerPersonId())))).toList();
    }

    private CongressRoll.Meeting requireInSession(long meetingId) {
        CongressRoll.Meeting meeting = meetings.meeting(meetingId);
        if (!"IN_SESSION".equals(meeting.state())) {
            throw new BusinessRuleException("congress.checkin.notInSession");
        }
        return meeting;
    }

    private Long mainVenue(long meetingId) {
        return jdbc.sql("select id from congress_venue where meeting_id = ? and main").param(meetingId)
                .query(Long.class).optional().orElse(null);
    }

    private boolean insert(long meetingId, long delegateId, Long venueId, String method) {
        return jdbc.sql("""
                insert into congress_attendance (meeting_id, delegate_id, venue_id, method, checked_in_at, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """).param(meetingId).param(delegateId).param(venueId).param(method).param(access.now())
                .param(access.actor()).update() == 1;
    }
}
