package org.cadre.cadres.internal.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.people.PersonParticulars;
import org.cadre.people.PersonParticulars.Particulars;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LRMX files (任免审批表 exchange format) in and out: one person's file, a zip of the cadres in scope, and the import
 * of a file or a zip. An import is all or nothing: every file is read and checked first (the person found by national
 * ID, else by name and birth month, within the scope of cadre:manage; dates and résumé lines readable), and only when
 * nothing is wrong are the files' records written. The roster's own fields (name, birth date, ethnicity…) belong to
 * the people module and are not changed; where the file says otherwise the report notes it.
 */
@Service
class LrmxFiles {

    static final Locale FORM_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final int MAX_FILES = 2_000;
    private static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final Pattern REWARD = Pattern.compile(
            "^(\\d{4})[.\\-/年]?(\\d{1,2})?月?\\s*(.*?)(?:（([^（）]+)）)?$");
    private static final List<String> PUNISHMENTS = List.of("处分", "警告", "记过", "降级", "撤职", "开除", "通报批评",
            "诫勉", "罚");
    private static final List<String> PERSONAL = List.of("XingMing", "XingBie", "ChuShengNianYue", "MinZu", "JiGuan",
            "ChuShengDi", "RuDangShiJian", "CanJiaGongZuoShiJian", "ZhuanYeJiShuZhiWu", "ShenFenZheng");

    /** Something wrong in a file: which file, which element, what (localized). */
    record Problem(String file, String element, String message) {
    }

    /** A file that was (or would have been) imported: whose, and what the report notes. */
    record Outcome(String file, long personId, String personName, List<String> notes) {
    }

    record Report(boolean imported, List<Outcome> outcomes, List<Problem> problems) {
    }

    private record Checked(String file, Particulars person, Lrmx.Parsed lrmx, List<Resume.Entry> resume,
                           List<Map<String, Object>> rewards, List<Map<String, Object>> family, FormFields form,
                           byte[] photo, List<String> notes) {
    }

    private final FileAccess access;
    private final AccessControl accessControl;
    private final ApprovalForm forms;
    private final FileRecords records;
    private final PersonParticulars people;
    private final OrganizationQueries organization;
    private final RosterQuery roster;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    LrmxFiles(FileAccess access, AccessControl accessControl, ApprovalForm forms, FileRecords records,
              PersonParticulars people, OrganizationQueries organization, RosterQuery roster, MessageSource messages,
              AuditLog audit, Clock clock) {
        this.access = access;
        this.accessControl = accessControl;
        this.forms = forms;
        this.records = records;
        this.people = people;
        this.organization = organization;
        this.roster = roster;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    // --- export

    @PreAuthorize(CadreFiles.READERS)
    @Transactional
    public byte[] export(long personId) {
        Particulars person = access.requireReadable(personId);
        return Lrmx.write(Lrmx.elements(forms.assemble(person, access.reaches(Permissions.CADRE_FAMILY, person),
                nationalIdShown(person), FORM_LOCALE)));
    }

    /** Whether the export carries the person's national ID: with people:national-id reaching them, audited. */
    private boolean nationalIdShown(Particulars person) {
        boolean shown = person.nationalId() != null && access.reaches(Permissions.PEOPLE_NATIONAL_ID, person);
        if (shown) {
            audit.record("person.nationalId.viewed", "person", person.id(), person.employeeNo() + " (LRMX)", null, null);
        }
        return shown;
    }

    static String fileName(Particulars person) {
        return person.name() + "_" + person.employeeNo() + ".lrmx";
    }

    /** The cadres in scope whose name or employee number contains the text (all when blank), one file each, zipped. */
    @PreAuthorize(CadreFiles.READERS)
    @Transactional
    public void exportZip(String text, OutputStream target) {
        var scope = access.listScope();
        RosterFilter filter = RosterFilter.everybody(access.today()).withText(text);
        filter = new RosterFilter(filter.asOf(), null, false, cadreLevels(), null, null, null, null, null, null,
                null, filter.text(), filter.sort(), false);
        List<Long> ids = new ArrayList<>();
        roster.forEach(filter, scope, row -> ids.add(row.id()));
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            Set<String> names = new HashSet<>();
            for (long id : ids) {
                Particulars person = people.find(id).orElseThrow();
                String name = fileName(person);
                if (!names.add(name)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Lrmx.write(Lrmx.elements(forms.assemble(person,
                        access.reaches(Permissions.CADRE_FAMILY, person), nationalIdShown(person), FORM_LOCALE))));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("cadre.file.lrmx.exported", "person", null, ids.size() + " files", null, null);
    }

    static Set<PostLevel> cadreLevels() {
        Set<PostLevel> levels = new HashSet<>();
        for (PostLevel level : PostLevel.values()) {
            if (level.isCadre()) {
                levels.add(level);
            }
        }
        return levels;
    }

    // --- import

    @PreAuthorize("hasAuthority('cadre:manage')")
    @Transactional
    public Report importFiles(String uploadName, byte[] content, Locale locale) {
        accessControl.requireScope(Permissions.CADRE_MANAGE);
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> files = files(uploadName, content, problems, locale);
        List<Checked> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (var file : files.entrySet()) {
            check(file.getKey(), file.getValue(), problems, locale).ifPresent(c -> {
                if (!seen.add(c.person().id())) {
                    problems.add(new Problem(c.file(), "ShenFenZheng",
                            msg(locale, "cadres.file.lrmx.error.twice", c.person().name())));
                } else {
                    checked.add(c);
                }
            });
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(uploadName, "", msg(locale, "cadres.file.lrmx.error.noFiles")));
        }
        List<Outcome> outcomes = checked.stream()
                .map(c -> new Outcome(c.file(), c.person().id(), c.person().name(), c.notes())).toList();
        if (!problems.isEmpty()) {
            return new Report(false, outcomes, problems);
        }
        checked.forEach(this::apply);
        return new Report(true, outcomes, List.of());
    }

    private Map<String, byte[]> files(String uploadName, byte[] content, List<Problem> problems, Locale locale) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String name = uploadName == null || uploadName.isBlank() ? "upload.lrmx" : uploadName;
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        if (!zip) {
            files.put(name, content);
            return files;
        }
        // zips made on Chinese Windows name their entries in GBK without saying so
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            files.clear();
            List<Problem> found = new ArrayList<>();
            try {
                unzip(name, content, charset, files, found, locale);
                problems.addAll(found);
                return files;
            } catch (IllegalArgumentException e) {
                // a name not in this charset: try the next
            } catch (IOException e) {
                break;
            }
        }
        files.clear();
        problems.add(new Problem(name, "", msg(locale, "cadres.file.lrmx.error.zip")));
        return files;
    }

    private void unzip(String name, byte[] content, Charset charset, Map<String, byte[]> files, List<Problem> problems,
                       Locale locale) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content), charset)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String entryName = entry.getName();
                String lower = entryName.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(lower.endsWith(".lrmx") || lower.endsWith(".xml"))) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    problems.add(new Problem(name, "", msg(locale, "cadres.file.lrmx.error.tooMany", MAX_FILES)));
                    return;
                }
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    problems.add(new Problem(entryName, "", msg(locale, "cadres.file.lrmx.error.tooLarge")));
                    continue;
                }
                files.put(entryName, bytes);
            }
        }
    }

    private Optional<Checked> check(String file, byte[] content, List<Problem> problems, Locale locale) {
        Lrmx.Parsed lrmx;
        try {
            lrmx = Lrmx.read(content);
        } catch (Lrmx.Unreadable e) {
            problems.add(new Problem(file, "", msg(locale, e.messageKey, e.getMessage())));
            return Optional.empty();
        }
        int before = problems.size();
        Particulars person = person(file, lrmx, problems, locale);
        LocalDate ageDate = date(file, lrmx, "JiSuanNianLingShiJian", problems, locale);
        LocalDate fillDate = date(file, lrmx, "TianBiaoShiJian", problems, locale);
        List<Resume.Entry> resume = new ArrayList<>();
        String[] resumeLines = lrmx.get("JianLi").isEmpty() ? new String[0] : lrmx.get("JianLi").split("\n");
        for (int i = 0; i < resumeLines.length; i++) {
            Optional<Resume.Entry> entry = Resume.parse(resumeLines[i]);
            if (entry.isEmpty()) {
                problems.add(new Problem(file, "JianLi", msg(locale, "cadres.file.lrmx.error.resumeLine", i + 1,
                        resumeLines[i])));
            } else if (entry.get().text().length() > 300) {
                problems.add(new Problem(file, "JianLi", msg(locale, "cadres.file.lrmx.error.tooLong", i + 1)));
            } else {
                resume.add(entry.get());
            }
        }
        List<Map<String, Object>> rewards = rewards(file, lrmx.get("JiangChengQingKuang"), problems, locale);
        List<Map<String, Object>> family = new ArrayList<>();
        for (int i = 0; i < lrmx.family().size(); i++) {
            Map<String, String> row = lrmx.family().get(i);
            String element = "JiaTingChengYuan/Item[" + (i + 1) + "]";
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("relation", row.get("ChengWei"));
            input.put("name", row.get("XingMing"));
            input.put("birthDate", row.get("ChuShengRiQi"));
            input.put("political", row.get("ZhengZhiMianMao"));
            input.put("employerPost", row.get("GongZuoDanWeiJiZhiWu"));
            try {
                family.add(Section.FAMILY.parse(input));
            } catch (org.cadre.shared.BusinessRuleException e) {
                problems.add(new Problem(file, element + "/" + familyElement(e.field()),
                        messages.getMessage(e.messageKey(), e.arguments(), locale)));
            }
        }
        if (!family.isEmpty() && person != null && !access.reaches(Permissions.CADRE_FAMILY, person)) {
            problems.add(new Problem(file, "JiaTingChengYuan", msg(locale, "cadres.file.lrmx.error.familyPermission")));
        }
        for (String prefix : List.of("QuanRiZhiJiaoYu", "ZaiZhiJiaoYu")) {
            try {
                educationValues(lrmx, prefix, "FULL_TIME");
            } catch (org.cadre.shared.BusinessRuleException e) {
                problems.add(new Problem(file, prefix + "_XueLi",
                        messages.getMessage(e.messageKey(), e.arguments(), locale)));
            }
        }
        byte[] photo = null;
        if (!lrmx.get("ZhaoPian").isEmpty()) {
            try {
                photo = Base64.getMimeDecoder().decode(lrmx.get("ZhaoPian"));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, "ZhaoPian", msg(locale, "cadres.file.lrmx.error.photo")));
            }
        }
        if (person == null || problems.size() > before) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        FormData current = forms.assemble(person, false, access.reaches(Permissions.PEOPLE_NATIONAL_ID, person),
                FORM_LOCALE);
        Lrmx.Parsed roster = Lrmx.elements(current);
        for (String element : PERSONAL) {
            if (lrmx.fields().containsKey(element) && !lrmx.get(element).equals(roster.get(element))) {
                notes.add(msg(locale, "cadres.file.lrmx.note.roster", element, lrmx.get(element), roster.get(element)));
            }
        }
        String currentPost = lrmx.get("XianRenZhiWu");
        String annual = lrmx.get("NianDuKaoHeJieGuo");
        FormFields form = new FormFields(lrmx.get("JianKangZhuangKuang"), lrmx.get("ShuXiZhuanYeYouHeZhuanChang"),
                currentPost.equals(forms.currentPostText(person.id(), access.today())) ? null : currentPost,
                lrmx.get("NiRenZhiWu"), lrmx.get("NiMianZhiWu"), lrmx.get("RenMianLiYou"), lrmx.get("ChengBaoDanWei"),
                ageDate, fillDate, lrmx.get("TianBiaoRen"),
                annual.equals(forms.annualText(person.id(), FORM_LOCALE)) ? null : annual);
        try {
            CadreFiles.check(form);
        } catch (org.cadre.shared.BusinessRuleException e) {
            problems.add(new Problem(file, "", messages.getMessage(e.messageKey(), e.arguments(), locale)));
            return Optional.empty();
        }
        if (photo != null && people.photo(person.id()).isPresent()
                && !Arrays.equals(photo, people.photo(person.id()).get().content())) {
            notes.add(msg(locale, "cadres.file.lrmx.note.photo"));
        }
        return Optional.of(new Checked(file, person, lrmx, resume, rewards, family, form, photo, notes));
    }

    private static String familyElement(String field) {
        return switch (field == null ? "" : field) {
            case "relation" -> "ChengWei";
            case "name" -> "XingMing";
            case "birthDate" -> "ChuShengRiQi";
            case "political" -> "ZhengZhiMianMao";
            default -> "GongZuoDanWeiJiZhiWu";
        };
    }

    /** The person the file is about, within the scope of cadre:manage; null (with a problem) otherwise. */
    private Particulars person(String file, Lrmx.Parsed lrmx, List<Problem> problems, Locale locale) {
        String nationalId = lrmx.get("ShenFenZheng");
        String name = lrmx.get("XingMing");
        List<Long> ids = List.of();
        if (!nationalId.isEmpty()) {
            ids = people.idsByNationalId(nationalId);
        }
        if (ids.isEmpty()) {
            if (name.isEmpty()) {
                problems.add(new Problem(file, "XingMing", msg(locale, "cadres.file.lrmx.error.noName")));
                return null;
            }
            LocalDate birth = Section.Dates.parse(lrmx.get("ChuShengNianYue"));
            if (birth == null) {
                problems.add(new Problem(file, "ChuShengNianYue", msg(locale, "cadres.file.lrmx.error.date",
                        lrmx.get("ChuShengNianYue"))));
                return null;
            }
            ids = people.idsByNameAndBirthMonth(name, birth.getYear(), birth.getMonthValue());
        }
        if (ids.size() > 1) {
            problems.add(new Problem(file, "XingMing", msg(locale, "cadres.file.lrmx.error.ambiguous", name)));
            return null;
        }
        Optional<Particulars> person = ids.isEmpty() ? Optional.empty() : people.find(ids.get(0))
                .filter(p -> access.reaches(Permissions.CADRE_MANAGE, p));
        if (person.isEmpty()) {
            problems.add(new Problem(file, nationalId.isEmpty() ? "XingMing" : "ShenFenZheng",
                    msg(locale, "cadres.file.lrmx.error.unknownPerson", name, nationalId)));
            return null;
        }
        return person.get();
    }

    private LocalDate date(String file, Lrmx.Parsed lrmx, String element, List<Problem> problems, Locale locale) {
        String text = lrmx.get(element);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day = Section.Dates.parse(text);
        if (day == null) {
            problems.add(new Problem(file, element, msg(locale, "cadres.file.lrmx.error.date", text)));
        }
        return day;
    }

    private List<Map<String, Object>> rewards(String file, String text, List<Problem> problems, Locale locale) {
        List<Map<String, Object>> rewards = new ArrayList<>();
        if (text.isEmpty() || text.equals(Lrmx.NONE)) {
            return rewards;
        }
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = REWARD.matcher(lines[i].strip());
            if (!m.matches() || m.group(3).isEmpty()) {
                problems.add(new Problem(file, "JiangChengQingKuang",
                        msg(locale, "cadres.file.lrmx.error.rewardLine", i + 1, lines[i])));
                continue;
            }
            String body = m.group(3);
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("day", m.group(1) + "-" + (m.group(2) == null ? "1" : m.group(2)));
            input.put("kind", PUNISHMENTS.stream().anyMatch(body::contains) ? "PUNISHMENT" : "REWARD");
            input.put("issuer", m.group(4));
            input.put("text", body);
            try {
                rewards.add(Section.REWARD.parse(input));
            } catch (org.cadre.shared.BusinessRuleException e) {
                problems.add(new Problem(file, "JiangChengQingKuang",
                        msg(locale, "cadres.file.lrmx.error.rewardLine", i + 1, lines[i])));
            }
        }
        return rewards;
    }

    private void apply(Checked c) {
        long personId = c.person().id();
        Map<String, Object> before = new LinkedHashMap<>(records.snapshot(personId));
        before.put("form", records.form(personId).orElse(null));
        records.deleteAll(Section.RESUME, personId);
        Set<String> fromAssignments = new HashSet<>();
        organization.assignmentHistory(personId).forEach(a -> fromAssignments.add(
                Section.Dates.month(a.validFrom()) + Resume.assignmentText(a)));
        for (Resume.Entry e : c.resume()) {
            if (fromAssignments.contains(Section.Dates.month(e.from()) + e.text())) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("dateFrom", e.from());
            values.put("dateTo", e.to());
            values.put("text", e.text());
            records.insert(Section.RESUME, personId, values);
        }
        records.deleteAll(Section.REWARD, personId);
        c.rewards().forEach(r -> records.insert(Section.REWARD, personId, r));
        // without cadre:family a file with family rows was refused; one without leaves them as they are
        if (access.reaches(Permissions.CADRE_FAMILY, c.person())) {
            records.deleteAll(Section.FAMILY, personId);
            c.family().forEach(r -> records.insert(Section.FAMILY, personId, r));
        }
        education(c, "QuanRiZhiJiaoYu", "FULL_TIME", c.person().fulltime());
        education(c, "ZaiZhiJiaoYu", "IN_SERVICE", c.person().inservice());
        records.saveForm(personId, c.form(), OffsetDateTime.now(clock));
        if (c.photo() != null && people.photo(personId).isEmpty()) {
            records.savePhoto(personId, new FileRecords.StoredPhoto(photoType(c.photo()), c.photo()));
        }
        Map<String, Object> after = new LinkedHashMap<>(records.snapshot(personId));
        after.put("form", c.form());
        audit.record("cadre.file.lrmx.imported", "person", personId, c.person().name() + " ← " + c.file(),
                before, after);
    }

    /** Records the file's education of a kind when the roster has none of it and the file does not have it yet. */
    private void education(Checked c, String prefix, String kind, PersonParticulars.Education roster) {
        String education = c.lrmx().get(prefix + "_XueLi");
        if (education.isEmpty() || (roster != null && !roster.isEmpty())) {
            return;
        }
        String school = c.lrmx().get(prefix + "_XueLi_BiYeYuanXiaoXi");
        boolean known = records.lines(Section.EDUCATION, c.person().id()).stream()
                .anyMatch(l -> kind.equals(l.text("kind")) && education.equals(l.text("education"))
                        && school.equals(ApprovalForm.nz(l.text("school")) + ApprovalForm.nz(l.text("major"))));
        if (known) {
            return;
        }
        records.insert(Section.EDUCATION, c.person().id(), educationValues(c.lrmx(), prefix, kind));
    }

    /** The file's education of a kind as a line of the file (checked before anything is written). */
    private static Map<String, Object> educationValues(Lrmx.Parsed lrmx, String prefix, String kind) {
        if (lrmx.get(prefix + "_XueLi").isEmpty()) {
            return Map.of();
        }
        String school = lrmx.get(prefix + "_XueLi_BiYeYuanXiaoXi");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("kind", kind);
        input.put("education", lrmx.get(prefix + "_XueLi"));
        input.put("degree", lrmx.get(prefix + "_XueWei"));
        input.put("school", school.isEmpty() ? "-" : school);
        return Section.EDUCATION.parse(input);
    }

    static String photoType(byte[] photo) {
        return photo.length > 3 && photo[0] == (byte) 0x89 && photo[1] == 'P' ? "image/png" : "image/jpeg";
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
