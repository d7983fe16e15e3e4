package org.cadre.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.cadre.identity.DataScope;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.internal.Enums;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster (花名册): people as they were on a date, within a data scope, filtered, sorted and paged in the
 * database. The same query streams the whole filtered roster for exports, a chunk at a time. The WHERE clause is
 * assembled from the fixed conditions below; what the user typed only ever reaches SQL as bound parameters.
 */
@Service
public class RosterQuery {

    /** Rows per round trip when streaming; each batch gets its unit names and posts in two queries. */
    static final int CHUNK = 500;

    /** Up to this many matches are fetched and sorted; beyond, an index in the sort order is walked. */
    static final int SORT_MATCHES_BELOW = 5_000;

    private static final String SELECT = """
            select p.id, p.employee_no, p.name, p.gender, p.birth_date, m.unit_id, p.highest_education,
                   p.political_affiliation, p.professional_title, p.status, p.company_join_date
            """;

    /** Who belonged where on :asOf: the membership row valid that day, of people who had joined the company by then. */
    private static final String FROM = """
            from people_person p
            join people_unit_membership m on m.person_id = p.id
                 and m.valid_from <= :asOf and (m.valid_to is null or m.valid_to > :asOf)
            where (p.company_join_date is null or p.company_join_date <= :asOf)
            """;

    /**
     * The database view other modules' reports read to aggregate person facts in SQL (created by migration V121,
     * owned by this module): person_id, name, gender (M, F), birth_date, highest_education (an {@link EducationLevel}
     * or null), status (a {@link PersonStatus}), unit_id (home unit now), employee_no (V145, for filtering lists by
     * name or number). Read-only; its columns are kept stable
     * whatever people_person does.
     */
    public static final String PERSON_FACTS_VIEW = "people_person_facts";

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;

    RosterQuery(JdbcClient jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public Page<RosterRow> page(RosterFilter filter, DataScope scope, PageRequest page) {
        Optional<Where> where = where(filter, scope);
        if (where.isEmpty()) {
            return new Page<>(List.of(), 0, page);
        }
        planForTheseValues();
        long total = jdbc.sql("select count(*) " + FROM + where.get().sql())
                .params(where.get().params()).query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page);
        }
        // Few matches: fetch them all (the fence "offset 0" keeps the planner from walking the name index and
        // probing each person, which never stops early when fewer people match than fill a page), then sort.
        String rowsSql = total <= SORT_MATCHES_BELOW
                ? "select * from (" + SELECT + FROM + where.get().sql() + " offset 0) p" + orderBy(filter)
                : SELECT + FROM + where.get().sql() + orderBy(filter);
        List<RosterRow> rows = jdbc.sql(rowsSql + " limit :limit offset :offset")
                .params(where.get().params()).param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> row(rs, filter.asOf())).list();
        return new Page<>(withUnitsAndPosts(rows, filter.asOf()), total, page);
    }

    /**
     * Every row of the filtered roster in order, handed over one at a time; rows are read from the database with a
     * fetch size (a cursor, hence the transaction) and never held all at once.
     *
     * @return how many rows were handed over
     */
    @Transactional(readOnly = true)
    public long forEach(RosterFilter filter, DataScope scope, Consumer<RosterRow> consumer) {
        Optional<Where> where = where(filter, scope);
        if (where.isEmpty()) {
            return 0;
        }
        planForTheseValues();
        List<RosterRow> batch = new ArrayList<>(CHUNK);
        long[] count = {0};
        RowCallbackHandler handler = rs -> {
            batch.add(row(rs, filter.asOf()));
            if (batch.size() == CHUNK) {
                withUnitsAndPosts(batch, filter.asOf()).forEach(consumer);
                count[0] += batch.size();
                batch.clear();
            }
        };
        jdbc.sql(SELECT + FROM + where.get().sql() + orderBy(filter))
                .withFetchSize(CHUNK).params(where.get().params()).query(handler);
        withUnitsAndPosts(batch, filter.asOf()).forEach(consumer);
        return count[0] + batch.size();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /**
     * Plans each query for its actual values. A statement run often is otherwise planned once for any value, and
     * such a plan cannot use the trigram index for "name contains ?" nor size a unit list: it scans everybody.
     */
    private void planForTheseValues() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The conditions of the filter and the scope; empty when they cannot match anybody. */
    private Optional<Where> where(RosterFilter filter, DataScope scope) {
        LocalDate asOf = filter.asOf();
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        if (!scope.all()) {
            Set<Long> units = organization.unitIdsWithin(scope, asOf);
            if (units.isEmpty() && scope.selfPersonId() == null) {
                return Optional.empty();
            }
            sql.append(" and (m.unit_id = any(:scopeUnits) or p.id = :selfId)");
            params.put("scopeUnits", units.toArray(Long[]::new));
            params.put("selfId", scope.selfPersonId() == null ? -1L : scope.selfPersonId());
        }
        if (filter.unitId() != null) {
            Set<Long> units = filter.unitOnly() ? Set.of(filter.unitId())
                    : organization.subtreeUnitIds(Set.of(filter.unitId()), asOf);
            if (units.isEmpty()) {
                return Optional.empty();
            }
            sql.append(" and m.unit_id = any(:units)");
            params.put("units", units.toArray(Long[]::new));
        }
        if (!filter.postLevels().isEmpty()) {
            Set<Long> holders = organization.personIdsHoldingLevel(filter.postLevels(), asOf);
            if (holders.isEmpty()) {
                return Optional.empty();
            }
            sql.append(" and p.id = any(:holders)");
            params.put("holders", holders.toArray(Long[]::new));
        }
        if (filter.ageFrom() != null) {
            sql.append(" and p.birth_date <= :bornOnOrBefore");
            params.put("bornOnOrBefore", Age.bornOnOrBefore(filter.ageFrom(), asOf));
        }
        if (filter.ageTo() != null) {
            sql.append(" and p.birth_date > :bornAfter");
            params.put("bornAfter", Age.bornAfter(filter.ageTo(), asOf));
        }
        if (filter.gender() != null) {
            sql.append(" and p.gender = :gender");
            params.put("gender", filter.gender().name());
        }
        if (filter.education() != null) {
            sql.append(" and p.highest_education = :education");
            params.put("education", filter.education().name());
        }
        if (filter.politicalAffiliation() != null) {
            sql.append(" and p.political_affiliation = :political");
            params.put("political", filter.politicalAffiliation().name());
        }
        if (filter.titleContains() != null) {
            sql.append(hasCase(filter.titleContains()) ? " and p.professional_title ilike :title"
                    : " and p.professional_title like :title");
            params.put("title", Text.likeContains(filter.titleContains()));
        }
        if (filter.status() != null) {
            sql.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.text() != null) {
            if (isChinese(filter.text())) {
                // Chinese names are two to four characters, too short for trigrams: the index of each name's
                // characters finds the few people whose name has all of them, LIKE then checks their order.
                // Employee numbers hold no Chinese, so they need no look.
                sql.append(" and regexp_split_to_array(p.name, '') @> cast(:nameCharacters as text[]) and p.name like :text");
                params.put("nameCharacters", filter.text().codePoints().distinct()
                        .mapToObj(Character::toString).toArray(String[]::new));
            } else {
                // text without upper or lower case needs no case folding, which costs on every row
                sql.append(hasCase(filter.text()) ? " and (p.name ilike :text or p.employee_no ilike :text)"
                        : " and (p.name like :text or p.employee_no like :text)");
            }
            params.put("text", Text.likeContains(filter.text()));
        }
        return Optional.of(new Where(sql.toString(), params));
    }

    /** Works on the joined tables and on the fenced subquery alike: both call the person columns {@code p.}. */
    private static String orderBy(RosterFilter filter) {
        String direction = filter.descending() ? "desc" : "asc";
        // the first three are not null, so that an index serves either direction; join dates may be missing
        String column = switch (filter.sort()) {
            case NAME -> "p.name " + direction;
            case EMPLOYEE_NO -> "p.employee_no " + direction;
            case BIRTH_DATE -> "p.birth_date " + direction;
            case COMPANY_JOIN_DATE -> "p.company_join_date " + direction + " nulls last";
        };
        return " order by " + column + ", p.id " + direction;
    }

    /** Only Chinese characters (CJK ideographs), as people type a name or part of one. */
    static boolean isChinese(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static boolean hasCase(String text) {
        return !text.toLowerCase(Locale.ROOT).equals(text.toUpperCase(Locale.ROOT));
    }

    private static RosterRow row(ResultSet rs, LocalDate asOf) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        return new RosterRow(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                Enums.parse(Gender.class, rs.getString("gender")), birth, Age.on(birth, asOf), rs.getLong("unit_id"), null,
                List.of(), Enums.parse(EducationLevel.class, rs.getString("highest_education")),
                Enums.parse(PoliticalAffiliation.class, rs.getString("political_affiliation")),
                rs.getString("professional_title"), Enums.parse(PersonStatus.class, rs.getString("status")),
                rs.getObject("company_join_date", LocalDate.class));
    }

    /** Unit names and posts for one page or batch only, in two queries. */
    private List<RosterRow> withUnitsAndPosts(List<RosterRow> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> unitNames = organization.unitNames(rows.stream().map(RosterRow::unitId).distinct().toList(),
                asOf);
        Map<Long, List<CurrentPost>> posts = organization.currentPosts(rows.stream().map(RosterRow::id).toList(), asOf);
        return rows.stream().map(r -> new RosterRow(r.id(), r.employeeNo(), r.name(), r.gender(), r.birthDate(),
                r.age(), r.unitId(), unitNames.get(r.unitId()), posts.getOrDefault(r.id(), List.of()),
                r.highestEducation(), r.politicalAffiliation(), r.professionalTitle(), r.status(),
                r.companyJoinDate())).toList();
    }
}
