package org.cadre.cadres.internal.file;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cadre.assessment.AnnualResults;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.Age;
import org.cadre.people.PersonParticulars;
import org.cadre.people.PersonParticulars.Particulars;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the approval form (干部任免审批表) of a person from the roster's particulars, the cadre file, the
 * assignments and the assessment results. The family table is filled only for a reader with cadre:family (and the
 * view is audited); otherwise it stays empty.
 */
@Service
class ApprovalForm {

    /** How many recent annual results the form lists. */
    static final int ANNUAL_YEARS = 3;

    private final FileAccess access;
    private final FileRecords records;
    private final PersonParticulars people;
    private final OrganizationQueries organization;
    private final AnnualResults annualResults;
    private final MessageSource messages;
    private final AuditLog audit;

    ApprovalForm(FileAccess access, FileRecords records, PersonParticulars people, OrganizationQueries organization,
                 AnnualResults annualResults, MessageSource messages, AuditLog audit) {
        this.access = access;
        this.records = records;
        this.people = people;
        this.organization = organization;
        this.annualResults = annualResults;
        this.messages = messages;
        this.audit = audit;
    }

    @PreAuthorize(CadreFiles.READERS)
    @Transactional
    public FormData of(long personId, Locale locale) {
        Particulars person = access.requireReadable(personId);
        return assemble(person, access.reaches(Permissions.CADRE_FAMILY, person), false, locale);
    }

    /**
     * For callers that checked access already (the LRMX export, which needs cadre:family for the family and
     * people:national-id for the national ID: without it the ID is left out, not masked, so that an import of the
     * file matches the person by name and birth month instead of failing on a masked number).
     */
    FormData assemble(Particulars person, boolean withFamily, boolean withNationalId, Locale locale) {
        long personId = person.id();
        LocalDate today = access.today();
        FormFields form = records.form(personId).orElse(FormFields.empty());
        List<Line> education = records.lines(Section.EDUCATION, personId);
        List<String> resume = Resume.merge(records.lines(Section.RESUME, personId),
                organization.assignmentHistory(personId)).stream().map(Resume.Entry::formatted).toList();
        List<String> rewards = records.lines(Section.REWARD, personId).stream().map(ApprovalForm::rewardLine).toList();
        String annual = form.annualResults() != null ? form.annualResults() : annualText(personId, locale);
        String currentPost = form.currentPost() != null ? form.currentPost() : currentPostText(personId, today);
        List<FormData.Family> family = List.of();
        if (withFamily) {
            family = records.lines(Section.FAMILY, personId).stream().map(l -> new FormData.Family(l.text("relation"),
                    l.text("name"), l.date("birthDate"), l.date("birthDate") == null ? null
                            : ageOn(l.date("birthDate"), form.ageDate(), form.fillDate(), today),
                    l.text("political"), l.text("employerPost"))).toList();
            audit.record("cadre.family.viewed", "person", personId, person.name(), null, null);
        }
        FormData.Photo photo = people.photo(personId).map(p -> new FormData.Photo(p.contentType(), p.content()))
                .or(() -> records.photo(personId).map(p -> new FormData.Photo(p.contentType(), p.content())))
                .orElse(null);
        LocalDate ageDate = form.ageDate();
        return new FormData(personId, person.name(),
                person.gender() == null ? "" : label("enum.Gender." + person.gender(), locale),
                person.birthDate(), ageOn(person.birthDate(), ageDate, form.fillDate(), today),
                nz(person.ethnicity()), nz(person.nativePlace()), nz(person.birthplace()), person.partyJoinDate(),
                person.workStartDate(), nz(form.health()), nz(person.professionalTitle()), nz(form.specialty()),
                education(person.fulltime(), education, "FULL_TIME", locale),
                education(person.inservice(), education, "IN_SERVICE", locale),
                currentPost, nz(form.proposedPost()), nz(form.removedPost()), resume, rewards, annual,
                nz(form.reason()), nz(form.approvingBody()), ageDate, form.fillDate(), nz(form.filledBy()),
                withNationalId ? nz(person.nationalId()) : "", photo, family, withFamily);
    }

    /**
     * The age the form prints (出生年月(岁)): completed years on the day set to compute it (计算年龄时间), else on the
     * day the form is filled in, else today.
     */
    static int ageOn(LocalDate birthDate, LocalDate ageDate, LocalDate fillDate, LocalDate today) {
        LocalDate on = ageDate != null ? ageDate : fillDate != null ? fillDate : today;
        return Age.on(birthDate, on);
    }

    static String rewardLine(Line l) {
        String issuer = l.text("issuer");
        return Section.Dates.month(l.date("day")) + "  " + l.text("text") + (issuer == null ? "" : "（" + issuer + "）");
    }

    /** The current posts as the form words them: the unit and the post, primary first, joined by "、". */
    String currentPostText(long personId, LocalDate today) {
        return organization.currentPosts(List.of(personId), today).getOrDefault(personId, List.of()).stream()
                .map(ApprovalForm::postText).collect(Collectors.joining("、"));
    }

    private static String postText(CurrentPost p) {
        return (p.unitName() == null ? "" : p.unitName()) + p.postTitle();
    }

    /** The last {@value #ANNUAL_YEARS} annual results, e.g. "2023年度考核称职；2024年度考核优秀". */
    String annualText(long personId, Locale locale) {
        List<AnnualResults.AnnualResult> all = annualResults.of(personId);
        return all.subList(Math.max(0, all.size() - ANNUAL_YEARS), all.size()).stream()
                .map(r -> messages.getMessage("cadres.file.form.annualLine",
                        new Object[] {String.valueOf(r.year()), label("enum.Grade." + r.grade(), locale)}, locale))
                .collect(Collectors.joining(messages.getMessage("cadres.file.form.annualSeparator", null, locale)));
    }

    /** The roster's education of this kind when it has one, else the latest recorded in the file. */
    private FormData.Education education(PersonParticulars.Education roster, List<Line> recorded, String kind,
                                         Locale locale) {
        if (roster != null && !roster.isEmpty()) {
            String school = nz(roster.school()) + nz(roster.major());
            String degree = roster.degree() == null ? "" : labelOr("enum.Degree." + roster.degree(), roster.degree(), locale);
            return new FormData.Education(roster.level() == null ? "" : label("enum.EducationLevel." + roster.level(), locale),
                    degree, school, degree.isEmpty() ? "" : school);
        }
        List<Line> ofKind = new ArrayList<>(recorded.stream().filter(l -> kind.equals(l.text("kind"))).toList());
        if (ofKind.isEmpty()) {
            return FormData.Education.none();
        }
        ofKind.sort(Comparator.comparing((Line l) -> l.date("dateFrom"), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Line::id));
        Line latest = ofKind.get(ofKind.size() - 1);
        String school = nz(latest.text("school")) + nz(latest.text("major"));
        String degree = nz(latest.text("degree"));
        return new FormData.Education(nz(latest.text("education")), degree, school, degree.isEmpty() ? "" : school);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String labelOr(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
