package org.cadre.cadres.internal.file;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadre.assessment.AnnualResults;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonParticulars.Particulars;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadre file (干部档案) of a person: reading it within the scope of cadre:read (or cadre:manage), keeping its lines
 * with cadre:manage; family members only with cadre:family as well, and every view of them is audited. Every change
 * is audited with its state before and after, so that no edit is silent.
 */
@Service
class CadreFiles {

    static final String READERS = "hasAnyAuthority('cadre:read', 'cadre:manage')";

    /** The whole file as its page shows it. */
    record FileView(Particulars person, String unitName, List<CurrentPost> posts, Map<Section, List<Line>> sections,
                    List<Resume.Entry> resume, List<AnnualResults.AnnualResult> annualResults, FormFields form,
                    boolean familyVisible, boolean canManage) {

        public List<Line> lines(Section section) {
            return sections.getOrDefault(section, List.of());
        }

        /** A line of the section by id, or null (null id too). */
        public Line line(Section section, Long id) {
            return id == null ? null : lines(section).stream().filter(l -> l.id() == id).findFirst().orElse(null);
        }
    }

    private final FileAccess access;
    private final FileRecords records;
    private final OrganizationQueries organization;
    private final AnnualResults annualResults;
    private final AuditLog audit;
    private final Clock clock;

    CadreFiles(FileAccess access, FileRecords records, OrganizationQueries organization, AnnualResults annualResults,
               AuditLog audit, Clock clock) {
        this.access = access;
        this.records = records;
        this.organization = organization;
        this.annualResults = annualResults;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file with its family members when the reader may see them (audited as a view of them). */
    @PreAuthorize(READERS)
    @Transactional
    public FileView file(long personId) {
        return file(personId, true);
    }

    /**
     * @param withFamily whether to read the family members (when the reader may): only a view that shows them reads
     *                   them, so that the audit records only real views
     */
    @PreAuthorize(READERS)
    @Transactional
    public FileView file(long personId, boolean withFamily) {
        Particulars person = access.requireReadable(personId);
        boolean family = access.reaches(Permissions.CADRE_FAMILY, person);
        Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            if (s != Section.FAMILY) {
                sections.put(s, records.lines(s, personId));
            }
        }
        if (family && withFamily) {
            sections.put(Section.FAMILY, familyViewed(person));
        }
        var today = access.today();
        String unitName = organization.unitNames(List.of(person.unitId()), today).get(person.unitId());
        List<CurrentPost> posts = organization.currentPosts(List.of(personId), today).getOrDefault(personId, List.of());
        return new FileView(person, unitName, posts, sections,
                Resume.merge(sections.get(Section.RESUME), organization.assignmentHistory(personId)),
                annualResults.of(personId), records.form(personId).orElse(FormFields.empty()), family,
                access.reaches(Permissions.CADRE_MANAGE, person));
    }

    /** The family members of a person; requires cadre:family reaching them; audited. */
    @PreAuthorize("hasAuthority('cadre:family')")
    @Transactional
    public List<Line> family(long personId) {
        return familyViewed(access.require(Permissions.CADRE_FAMILY, personId));
    }

    private List<Line> familyViewed(Particulars person) {
        List<Line> lines = records.lines(Section.FAMILY, person.id());
        audit.record("cadre.family.viewed", "person", person.id(), person.name(), null, null);
        return lines;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Line> lines(long personId, Section section) {
        if (section == Section.FAMILY) {
            throw new IllegalArgumentException("family members are read through family()");
        }
        access.requireReadable(personId);
        return records.lines(section, personId);
    }

    @PreAuthorize("hasAuthority('cadre:manage')")
    @Transactional
    public Line add(long personId, Section section, Map<String, ?> input) {
        Particulars person = requireWriter(personId, section);
        Map<String, Object> values = section.parse(input);
        long id = records.insert(section, personId, values);
        Line line = new Line(id, values);
        audit.record("cadre.file." + section.path() + ".added", "cadre_file_" + section.path(), id,
                person.name(), null, audited(personId, line));
        return line;
    }

    @PreAuthorize("hasAuthority('cadre:manage')")
    @Transactional
    public Line update(long personId, Section section, long lineId, Map<String, ?> input) {
        Particulars person = requireWriter(personId, section);
        Line before = records.line(section, personId, lineId)
                .orElseThrow(() -> new NotFoundException("line", lineId));
        Map<String, Object> values = section.parse(input);
        records.update(section, personId, lineId, values);
        Line after = new Line(lineId, values);
        audit.record("cadre.file." + section.path() + ".changed", "cadre_file_" + section.path(), lineId,
                person.name(), audited(personId, before), audited(personId, after));
        return after;
    }

    @PreAuthorize("hasAuthority('cadre:manage')")
    @Transactional
    public void remove(long personId, Section section, long lineId) {
        Particulars person = requireWriter(personId, section);
        Line before = records.line(section, personId, lineId)
                .orElseThrow(() -> new NotFoundException("line", lineId));
        records.delete(section, personId, lineId);
        audit.record("cadre.file." + section.path() + ".removed", "cadre_file_" + section.path(), lineId,
                person.name(), audited(personId, before), null);
    }

    @PreAuthorize("hasAuthority('cadre:manage')")
    @Transactional
    public void saveForm(long personId, FormFields form) {
        Particulars person = access.require(Permissions.CADRE_MANAGE, personId);
        check(form);
        FormFields before = records.form(personId).orElse(null);
        records.saveForm(personId, form, OffsetDateTime.now(clock));
        audit.record("cadre.file.form.changed", "cadre_file_form", personId, person.name(), before, form);
    }

    private Particulars requireWriter(long personId, Section section) {
        Particulars person = access.require(Permissions.CADRE_MANAGE, personId);
        if (section == Section.FAMILY && !access.reaches(Permissions.CADRE_FAMILY, person)) {
            throw new AccessDeniedException("missing " + Permissions.CADRE_FAMILY);
        }
        return person;
    }

    private static Map<String, Object> audited(long personId, Line line) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        line.values().forEach((k, v) -> state.put(k, v == null ? null : v.toString()));
        return state;
    }

    static void check(FormFields form) {
        length("health", form.health(), 50);
        length("specialty", form.specialty(), 200);
        length("currentPost", form.currentPost(), 300);
        length("proposedPost", form.proposedPost(), 300);
        length("removedPost", form.removedPost(), 300);
        length("reason", form.reason(), 1000);
        length("approvingBody", form.approvingBody(), 100);
        length("filledBy", form.filledBy(), 50);
        length("annualResults", form.annualResults(), 500);
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BusinessRuleException.onField(field, "cadres.file.error.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("cadres.file.field." + field),
                    max);
        }
    }
}
