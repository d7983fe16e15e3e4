package org.cadre.congress.internal.meetings;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.congress.internal.CongressRoll;
import org.cadre.identity.AuditLog;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terms, meetings (with their venues and video sites) and agenda items with their materials: the writes of the
 * congress base, every one by congress:manage held company-wide and audited with before and after.
 */
@Service
public class Meetings {

    /** Largest material file; larger ones are refused. */
    public static final int MAX_MATERIAL_BYTES = 10 * 1024 * 1024;
    static final Set<String> STATES = Set.of("PLANNED", "IN_SESSION", "CLOSED");
    static final List<String> KINDS = List.of("REPORT", "DOCUMENT_TO_ADOPT", "ELECTION", "APPRAISAL", "HONORS", "OTHER");

    private final JdbcClient jdbc;
    private final CongressRoll roll;
    private final CongressAccess access;
    private final AuditLog audit;
    private final PersonNames people;
    private final SecureRandom random = new SecureRandom();

    Meetings(JdbcClient jdbc, CongressRoll roll, CongressAccess access, AuditLog audit, PersonNames people) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    /** A term as its form sends it (dates as ISO days). */
    public record TermSpec(Integer ordinal, String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
    }

    /** A meeting as its form sends it (dates as ISO days); an update keeps the meeting's term. */
    public record MeetingSpec(Long termId, Integer ordinal, String name,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, String mainVenue,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposalsOpenOn,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposalsCloseOn) {
    }

    public record Venue(long id, long meetingId, String name, boolean main, Long officerPersonId, String officerName,
                        List<Long> delegationIds) {
    }

    public record AgendaItem(long id, long meetingId, int position, String kind, String title, String presenter,
                             List<Material> materials) {

        public boolean votable() {
            return "DOCUMENT_TO_ADOPT".equals(kind);
        }
    }

    public record Material(long id, long agendaItemId, String fileName, String contentType, int sizeBytes) {
    }

    public record MaterialFile(long id, long meetingId, String fileName, String contentType, byte[] content) {
    }

    public List<CongressRoll.Term> terms() {
        return jdbc.sql("select id, ordinal, name, starts_on, ends_on from congress_term order by ordinal desc")
                .query((rs, n) -> new CongressRoll.Term(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list();
    }

    public CongressRoll.Term term(long id) {
        return roll.term(id).orElseThrow(() -> new NotFoundException("congress term", id));
    }

    public CongressRoll.Meeting meeting(long id) {
        return roll.meeting(id).orElseThrow(() -> new NotFoundException("congress meeting", id));
    }

    @Transactional
    public long createTerm(TermSpec spec) {
        access.requireManage();
        check(spec);
        if (jdbc.sql("select count(*) from congress_term where ordinal = ?").param(spec.ordinal()).query(Long.class)
                .single() > 0) {
            throw BusinessRuleException.onField("ordinal", "congress.term.ordinalTaken", spec.ordinal());
        }
        long id = jdbc.sql("""
                insert into congress_term (ordinal, name, starts_on, ends_on) values (:o, :n, :f, :t) returning id
                """).param("o", spec.ordinal()).param("n", spec.name().strip()).param("f", spec.startsOn())
                .param("t", spec.endsOn()).query(Long.class).single();
        jdbc.sql("insert into congress_composition_rule (term_id) values (?)").param(id).update();
        audit.record("congress.term.created", "congress_term", id, "Congress term created: " + spec.name(), null, spec);
        return id;
    }

    @Transactional
    public void updateTerm(long id, TermSpec spec) {
        access.requireManage();
        CongressRoll.Term before = term(id);
        check(spec);
        if (jdbc.sql("select count(*) from congress_term where ordinal = ? and id <> ?").param(spec.ordinal()).param(id)
                .query(Long.class).single() > 0) {
            throw BusinessRuleException.onField("ordinal", "congress.term.ordinalTaken", spec.ordinal());
        }
        jdbc.sql("""
                update congress_term set ordinal = :o, name = :n, starts_on = :f, ends_on = :t, version = version + 1
                where id = :id
                """).param("o", spec.ordinal()).param("n", spec.name().strip()).param("f", spec.startsOn())
                .param("t", spec.endsOn()).param("id", id).update();
        audit.record("congress.term.updated", "congress_term", id, "Congress term updated: " + spec.name(), before, spec);
    }

    private static void check(TermSpec spec) {
        if (spec.ordinal() == null || spec.ordinal() < 1) {
            throw BusinessRuleException.onField("ordinal", "congress.validation.ordinal");
        }
        if (Text.blankToNull(spec.name()) == null) {
            throw BusinessRuleException.onField("name", "congress.validation.name");
        }
        if (spec.startsOn() == null || spec.endsOn() == null || !spec.endsOn().isAfter(spec.startsOn())) {
            throw BusinessRuleException.onField("endsOn", "congress.validation.dates");
        }
    }

    @Transactional
    public long createMeeting(MeetingSpec spec) {
        access.requireManage();
        CongressRoll.Term term = check(spec, null);
        long id = jdbc.sql("""
                insert into congress_meeting (term_id, ordinal, name, starts_on, ends_on, main_venue, proposals_open_on,
                                              proposals_close_on)
                values (:term, :o, :n, :f, :t, :v, :po, :pc) returning id
                """).param("term", term.id()).param("o", spec.ordinal()).param("n", spec.name().strip())
                .param("f", spec.startsOn()).param("t", spec.endsOn()).param("v", Text.blankToNull(spec.mainVenue()))
                .param("po", spec.proposalsOpenOn()).param("pc", spec.proposalsCloseOn()).query(Long.class).single();
        if (Text.blankToNull(spec.mainVenue()) != null) {
            jdbc.sql("insert into congress_venue (meeting_id, name, main) values (?, ?, true)").param(id)
                    .param(spec.mainVenue().strip()).update();
        }
        audit.record("congress.meeting.created", "congress_meeting", id, "Congress meeting created: " + spec.name(),
                null, spec);
        return id;
    }

    @Transactional
    public void updateMeeting(long id, MeetingSpec spec) {
        access.requireManage();
        CongressRoll.Meeting before = meeting(id);
        check(new MeetingSpec(before.termId(), spec.ordinal(), spec.name(), spec.startsOn(), spec.endsOn(),
                spec.mainVenue(), spec.proposalsOpenOn(), spec.proposalsCloseOn()), id);
        jdbc.sql("""
                update congress_meeting set ordinal = :o, name = :n, starts_on = :f, ends_on = :t, main_venue = :v,
                       proposals_open_on = :po, proposals_close_on = :pc, version = version + 1
                where id = :id
                """).param("o", spec.ordinal()).param("n", spec.name().strip()).param("f", spec.startsOn())
                .param("t", spec.endsOn()).param("v", Text.blankToNull(spec.mainVenue()))
                .param("po", spec.proposalsOpenOn()).param("pc", spec.proposalsCloseOn()).param("id", id).update();
        if (Text.blankToNull(spec.mainVenue()) != null) {
            int renamed = jdbc.sql("update congress_venue set name = ? where meeting_id = ? and main").param(
                    spec.mainVenue().strip()).param(id).update();
            if (renamed == 0) {
                jdbc.sql("insert into congress_venue (meeting_id, name, main) values (?, ?, true)").param(id)
                        .param(spec.mainVenue().strip()).update();
            }
        }
        audit.record("congress.meeting.updated", "congress_meeting", id, "Congress meeting updated: " + spec.name(),
                before, spec);
    }

    private CongressRoll.Term check(MeetingSpec spec, Long id) {
        CongressRoll.Term term = spec.termId() == null ? null : roll.term(spec.termId()).orElse(null);
        if (term == null) {
            throw BusinessRuleException.onField("termId", "congress.meeting.termUnknown");
        }
        if (spec.ordinal() == null || spec.ordinal() < 1) {
            throw BusinessRuleException.onField("ordinal", "congress.validation.ordinal");
        }
        if (Text.blankToNull(spec.name()) == null) {
            throw BusinessRuleException.onField("name", "congress.validation.name");
        }
        if (spec.startsOn() == null || spec.endsOn() == null || spec.endsOn().isBefore(spec.startsOn())) {
            throw BusinessRuleException.onField("endsOn", "congress.validation.dates");
        }
        if (spec.startsOn().isBefore(term.startsOn()) || spec.endsOn().isAfter(term.endsOn())) {
            throw BusinessRuleException.onField("startsOn", "congress.meeting.outsideTerm", term.startsOn(),
                    term.endsOn());
        }
        if ((spec.proposalsOpenOn() == null) != (spec.proposalsCloseOn() == null)
                || (spec.proposalsOpenOn() != null && spec.proposalsCloseOn().isBefore(spec.proposalsOpenOn()))) {
            throw BusinessRuleException.onField("proposalsCloseOn", "congress.meeting.proposalWindow");
        }
        if (jdbc.sql("select count(*) from congress_meeting where term_id = ? and ordinal = ? and id <> ?")
                .param(term.id()).param(spec.ordinal()).param(id == null ? -1L : id).query(Long.class).single() > 0) {
            throw BusinessRuleException.onField("ordinal", "congress.meeting.ordinalTaken", spec.ordinal());
        }
        return term;
    }

    /** PLANNED → IN_SESSION → CLOSED, one step at a time. */
    @Transactional
    public void advance(long meetingId, String to) {
        access.requireManage();
        CongressRoll.Meeting meeting = meeting(meetingId);
        boolean allowed = ("PLANNED".equals(meeting.state()) && "IN_SESSION".equals(to))
                || ("IN_SESSION".equals(meeting.state()) && "CLOSED".equals(to));
        if (!allowed) {
            throw new BusinessRuleException("congress.meeting.stateChange", meeting.state(), to);
        }
        if ("CLOSED".equals(to) && jdbc.sql("""
                select count(*) from congress_vote v join congress_agenda_item a on a.id = v.agenda_item_id
                where a.meeting_id = ? and v.state = 'OPEN'
                """).param(meetingId).query(Long.class).single() > 0) {
            throw new BusinessRuleException("congress.meeting.voteStillOpen");
        }
        jdbc.sql("update congress_meeting set state = ?, version = version + 1 where id = ?").param(to).param(meetingId)
                .update();
        audit.record("congress.meeting.state", "congress_meeting", meetingId,
                "Congress meeting " + meeting.name() + ": " + meeting.state() + " → " + to, meeting.state(), to);
    }

    /** The token the venue's QR code carries; made on first use. */
    @Transactional
    public String checkInToken(long meetingId) {
        meeting(meetingId);
        return jdbc.sql("select token from congress_meeting_checkin where meeting_id = ?").param(meetingId)
                .query(String.class).optional().orElseGet(() -> {
                    byte[] bytes = new byte[16];
                    random.nextBytes(bytes);
                    String token = HexFormat.of().formatHex(bytes);
                    jdbc.sql("insert into congress_meeting_checkin (meeting_id, token) values (?, ?)").param(meetingId)
                            .param(token).update();
                    return token;
                });
    }

    public Optional<Long> meetingOfToken(String token) {
        return jdbc.sql("select meeting_id from congress_meeting_checkin where token = ?").param(token)
                .query(Long.class).optional();
    }

    // --- venues -----------------------------------------------------------------------------------------------

    public List<Venue> venues(long meetingId) {
        List<Venue> venues = jdbc.sql("""
                select v.id, v.meeting_id, v.name, v.main, v.officer_person_id,
                       coalesce((select array_agg(d.delegation_id order by d.delegation_id) from congress_venue_delegation d
                                 where d.venue_id = v.id), '{}') as delegations
                from congress_venue v where v.meeting_id = ? order by v.main desc, v.id
                """).param(meetingId).query((rs, n) -> new Venue(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getBoolean(4), (Long) rs.getObject(5), null, List.of((Long[]) rs.getArray(6).getArray()))).list();
        Map<Long, PersonNames.Named> names = people.byIds(venues.stream().map(Venue::officerPersonId)
                .filter(java.util.Objects::nonNull).toList());
        return venues.stream().map(v -> new Venue(v.id(), v.meetingId(), v.name(), v.main(), v.officerPersonId(),
                v.officerPersonId() == null || !names.containsKey(v.officerPersonId()) ? null
                        : names.get(v.officerPersonId()).name(), v.delegationIds())).toList();
    }

    public Venue venue(long meetingId, long venueId) {
        return venues(meetingId).stream().filter(v -> v.id() == venueId).findFirst()
                .orElseThrow(() -> new NotFoundException("congress venue", venueId));
    }

    /** A video site (分会场) with its site officer (employee number) and the delegations attending there. */
    @Transactional
    public long addVenue(long meetingId, String name, String officerEmployeeNo, List<Long> delegationIds) {
        access.requireManage();
        CongressRoll.Meeting meeting = meeting(meetingId);
        if (Text.blankToNull(name) == null) {
            throw BusinessRuleException.onField("name", "congress.validation.name");
        }
        Long officer = null;
        if (Text.blankToNull(officerEmployeeNo) != null) {
            officer = people.idsByEmployeeNo(List.of(officerEmployeeNo.strip())).get(officerEmployeeNo.strip());
            if (officer == null) {
                throw BusinessRuleException.onField("officer", "congress.person.unknown", officerEmployeeNo.strip());
            }
        }
        if (jdbc.sql("select count(*) from congress_venue where meeting_id = ? and name = ?").param(meetingId)
                .param(name.strip()).query(Long.class).single() > 0) {
            throw BusinessRuleException.onField("name", "congress.venue.nameTaken", name.strip());
        }
        long id = jdbc.sql("""
                insert into congress_venue (meeting_id, name, main, officer_person_id) values (?, ?, false, ?) returning id
                """).param(meetingId).param(name.strip()).param(officer).query(Long.class).single();
        for (Long delegation : delegationIds == null ? List.<Long>of() : delegationIds) {
            int inTerm = jdbc.sql("select count(*) from congress_delegation where id = ? and term_id = ?")
                    .param(delegation).param(meeting.termId()).query(Integer.class).single();
            if (inTerm == 0) {
                throw new NotFoundException("congress delegation", delegation);
            }
            jdbc.sql("insert into congress_venue_delegation (venue_id, delegation_id) values (?, ?)").param(id)
                    .param(delegation).update();
        }
        audit.record("congress.venue.added", "congress_venue", id, "Video site added to " + meeting.name() + ": " + name,
                null, Map.of("name", name.strip(), "officer", String.valueOf(officer), "delegations",
                        String.valueOf(delegationIds)));
        return id;
    }

    /** Sets the site officer of a venue (the main venue too). */
    @Transactional
    public void setVenueOfficer(long meetingId, long venueId, String officerEmployeeNo) {
        access.requireManage();
        Venue before = venue(meetingId, venueId);
        Long officer = people.idsByEmployeeNo(List.of(Text.blankToNull(officerEmployeeNo) == null ? ""
                : officerEmployeeNo.strip())).get(officerEmployeeNo == null ? "" : officerEmployeeNo.strip());
        if (officer == null) {
            throw BusinessRuleException.onField("officer", "congress.person.unknown", officerEmployeeNo);
        }
        jdbc.sql("update congress_venue set officer_person_id = ? where id = ?").param(officer).param(venueId).update();
        audit.record("congress.venue.officer", "congress_venue", venueId, "Site officer of " + before.name(),
                before.officerPersonId(), officer);
    }

    // --- agenda -----------------------------------------------------------------------------------------------

    public List<AgendaItem> agenda(long meetingId) {
        List<Material> materials = jdbc.sql("""
                select m.id, m.agenda_item_id, m.file_name, m.content_type, m.size_bytes from congress_material m
                join congress_agenda_item a on a.id = m.agenda_item_id where a.meeting_id = ? order by m.id
                """).param(meetingId).query((rs, n) -> new Material(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getInt(5))).list();
        return jdbc.sql("""
                select id, meeting_id, position, kind, title, presenter from congress_agenda_item
                where meeting_id = ? order by position, id
                """).param(meetingId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new AgendaItem(id, rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), materials.stream().filter(m -> m.agendaItemId() == id).toList());
                }).list();
    }

    public AgendaItem agendaItem(long id) {
        Long meetingId = jdbc.sql("select meeting_id from congress_agenda_item where id = ?").param(id)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("congress agenda item", id));
        return agenda(meetingId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public long addAgendaItem(long meetingId, String kind, String title, String presenter, Integer position) {
        access.requireManage();
        CongressRoll.Meeting meeting = meeting(meetingId);
        checkItem(kind, title);
        int at = position != null ? position : jdbc.sql(
                "select coalesce(max(position), 0) + 1 from congress_agenda_item where meeting_id = ?")
                .param(meetingId).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into congress_agenda_item (meeting_id, position, kind, title, presenter)
                values (?, ?, ?, ?, ?) returning id
                """).param(meetingId).param(at).param(kind).param(title.strip()).param(Text.blankToNull(presenter))
                .query(Long.class).single();
        audit.record("congress.agenda.added", "congress_agenda_item", id, "Agenda item of " + meeting.name() + ": "
                + title.strip(), null, Map.of("kind", kind, "title", title.strip(), "position", at));
        return id;
    }

    @Transactional
    public void updateAgendaItem(long id, String kind, String title, String presenter, int position) {
        access.requireManage();
        AgendaItem before = agendaItem(id);
        checkItem(kind, title);
        if (!kind.equals(before.kind()) && jdbc.sql("select count(*) from congress_vote where agenda_item_id = ?")
                .param(id).query(Long.class).single() > 0) {
            throw new BusinessRuleException("congress.agenda.votedKind");
        }
        jdbc.sql("""
                update congress_agenda_item set kind = ?, title = ?, presenter = ?, position = ?, version = version + 1
                where id = ?
                """).param(kind).param(title.strip()).param(Text.blankToNull(presenter)).param(position).param(id)
                .update();
        audit.record("congress.agenda.updated", "congress_agenda_item", id, "Agenda item updated: " + title.strip(),
                before, Map.of("kind", kind, "title", title.strip(), "position", position));
    }

    private static void checkItem(String kind, String title) {
        if (kind == null || !KINDS.contains(kind)) {
            throw BusinessRuleException.onField("kind", "congress.agenda.kindUnknown");
        }
        if (Text.blankToNull(title) == null || title.strip().length() > 300) {
            throw BusinessRuleException.onField("title", "congress.validation.title");
        }
    }

    @Transactional
    public long addMaterial(long agendaItemId, String fileName, String contentType, byte[] content) {
        access.requireManage();
        AgendaItem item = agendaItem(agendaItemId);
        if (content == null || content.length == 0) {
            throw BusinessRuleException.onField("file", "congress.material.empty");
        }
        if (content.length > MAX_MATERIAL_BYTES) {
            throw BusinessRuleException.onField("file", "congress.material.tooLarge", MAX_MATERIAL_BYTES / 1024 / 1024);
        }
        String name = Text.blankToNull(fileName) == null ? "material" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        long id = jdbc.sql("""
                insert into congress_material (agenda_item_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id
                """).param(agendaItemId).param(name.length() > 255 ? name.substring(0, 255) : name)
                .param(Text.blankToNull(contentType) == null ? "application/octet-stream" : contentType)
                .param(content.length).param(content).param(access.actor()).query(Long.class).single();
        audit.record("congress.material.added", "congress_material", id, "Material for " + item.title() + ": " + name,
                null, Map.of("file", name, "size", content.length));
        return id;
    }

    /** A material to download: whoever may read the congress (checked by the caller's page) reads the meeting's. */
    public MaterialFile material(long id) {
        access.requireRead();
        return jdbc.sql("""
                select m.id, a.meeting_id, m.file_name, m.content_type, m.content from congress_material m
                join congress_agenda_item a on a.id = m.agenda_item_id where m.id = ?
                """).param(id).query((rs, n) -> new MaterialFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getBytes(5))).optional().orElseThrow(() -> new NotFoundException("congress material", id));
    }
}
