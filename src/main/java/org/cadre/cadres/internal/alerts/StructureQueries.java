package org.cadre.cadres.internal.alerts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitRef;
import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.RosterQuery;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure analysis, aggregated in SQL over the assignments and person facts that the organization and people
 * modules publish (the views {@link OrganizationQueries#ASSIGNMENT_FACTS_VIEW} and {@link RosterQuery#PERSON_FACTS_VIEW}). The team on a
 * date: each person's primary post of a cadre level valid that day, in a unit of the subtree as it stood that day.
 */
@Component
class StructureQueries {

    static final int FLOW_YEARS = 5;

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;

    StructureQueries(JdbcClient jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** The units counted and how they are bucketed for the UNIT dimension. */
    private record Reach(boolean all, Long[] units, Map<Long, Long> bucketOf, Map<Long, String> bucketNames) {
    }

    /**
     * @param scope  what the user reaches (cadre:read)
     * @param unitId the subtree's root, which must lie within the scope; null for the whole scope
     */
    @Transactional(readOnly = true)
    Structure structure(LocalDate asOf, DataScope scope, Long unitId) {
        Reach reach = reach(asOf, scope, unitId);
        String team = """
                with persons as (%s), holdings as (%s),
                team as (
                    select distinct on (h.person_id) h.person_id, h.level, h.unit_id, p.gender, p.highest_education,
                           extract(year from age(:asOf, p.birth_date))::int as age,
                           extract(year from age(:asOf, h.valid_from))::int as tenure
                    from holdings h join persons p on p.person_id = h.person_id
                    where h.kind = 'PRIMARY' and h.level = any(:levels)
                      and h.valid_from <= :asOf and (h.valid_to is null or h.valid_to > :asOf)
                      and (:all or h.unit_id = any(:units))
                    order by h.person_id, h.valid_from desc, h.assignment_id desc
                )
                """.formatted("select * from " + RosterQuery.PERSON_FACTS_VIEW, "select * from " + OrganizationQueries.ASSIGNMENT_FACTS_VIEW);
        // the two arrays must be read in the same order: take both from one list of the map's keys
        Long[] bucketUnits = reach.bucketOf().keySet().toArray(Long[]::new);
        Long[] bucketKeys = Arrays.stream(bucketUnits).map(reach.bucketOf()::get).toArray(Long[]::new);
        Map<String, Object> bound = Map.of("asOf", asOf, "levels", LevelRank.cadreLevels(), "all", reach.all(),
                "units", reach.units(), "bucketUnits", bucketUnits, "bucketKeys", bucketKeys);

        Map<Structure.Dimension, Map<String, Long>> counts = new EnumMap<>(Structure.Dimension.class);
        jdbc.sql(team + """
                select 'AGE' as dimension, %s as bucket, count(*) as n from team group by 2
                union all select 'EDUCATION', coalesce(highest_education, 'UNKNOWN'), count(*) from team group by 2
                union all select 'GENDER', trim(gender), count(*) from team group by 2
                union all select 'TENURE', %s, count(*) from team group by 2
                union all select 'LEVEL', level, count(*) from team group by 2
                union all select 'UNIT', coalesce(b.bucket, t.unit_id)::text, count(*)
                          from team t left join unnest(cast(:bucketUnits as bigint[]), cast(:bucketKeys as bigint[]))
                               as b (unit_id, bucket) on b.unit_id = t.unit_id
                          group by 2
                """.formatted(AgeBand.sqlCase("age"), TenureBand.sqlCase("tenure")))
                .params(bound).query((ResultSet rs) -> {
                    counts.computeIfAbsent(Structure.Dimension.valueOf(rs.getString("dimension")), d -> new HashMap<>())
                            .put(rs.getString("bucket"), rs.getLong("n"));
                });
        record Summary(long total, BigDecimal averageAge, BigDecimal shareUnder40) {
        }
        Summary summary = jdbc.sql(team + """
                select count(*) as total, round(avg(age), 1) as average_age,
                       round(100.0 * count(*) filter (where age < 40) / nullif(count(*), 0), 1) as share_under40
                from team
                """).params(bound).query(Summary.class).single();

        Map<Structure.Dimension, List<Structure.Bucket>> dimensions = new LinkedHashMap<>();
        dimensions.put(Structure.Dimension.AGE, buckets(counts, Structure.Dimension.AGE, names(AgeBand.values())));
        List<String> education = new ArrayList<>(names(EducationLevel.values()));
        education.add("UNKNOWN");
        dimensions.put(Structure.Dimension.EDUCATION, buckets(counts, Structure.Dimension.EDUCATION, education));
        dimensions.put(Structure.Dimension.GENDER, buckets(counts, Structure.Dimension.GENDER, names(Gender.values())));
        dimensions.put(Structure.Dimension.TENURE, buckets(counts, Structure.Dimension.TENURE, names(TenureBand.values())));
        dimensions.put(Structure.Dimension.LEVEL, buckets(counts, Structure.Dimension.LEVEL,
                Arrays.stream(PostLevel.values()).filter(PostLevel::isCadre).map(Enum::name).toList()));
        Map<String, Long> units = counts.getOrDefault(Structure.Dimension.UNIT, Map.of());
        List<Structure.Bucket> unitBuckets = new ArrayList<>();
        reach.bucketNames().forEach((id, name) -> unitBuckets.add(new Structure.Bucket(String.valueOf(id), name,
                units.getOrDefault(String.valueOf(id), 0L))));
        Map<Long, String> others = organization.unitNames(units.keySet().stream().map(Long::valueOf)
                .filter(id -> !reach.bucketNames().containsKey(id)).toList(), asOf);
        others.forEach((id, name) -> unitBuckets.add(new Structure.Bucket(String.valueOf(id), name, units.get(String.valueOf(id)))));
        dimensions.put(Structure.Dimension.UNIT, unitBuckets);

        String unitName = unitId == null ? null : organization.unitNames(List.of(unitId), asOf).get(unitId);
        return new Structure(asOf, unitId, unitName, summary.total(), summary.averageAge(), summary.shareUnder40(),
                dimensions, flows(asOf, reach));
    }

    /** Promotions, demotions and exits per year, over the primary assignments (a person's posts in order). */
    private List<Structure.FlowYear> flows(LocalDate asOf, Reach reach) {
        LocalDate from = LocalDate.of(asOf.getYear() - FLOW_YEARS + 1, 1, 1);
        Map<Integer, long[]> years = new LinkedHashMap<>();
        for (int y = from.getYear(); y <= asOf.getYear(); y++) {
            years.put(y, new long[3]);
        }
        jdbc.sql("""
                with holdings as (%s),
                ranks as (select * from unnest(cast(:rankLevels as text[]), cast(:rankValues as int[])) as r (level, rank)),
                prim as (
                    select h.person_id, h.unit_id, h.level, h.valid_from, h.valid_to, r.rank,
                           lag(r.rank) over w as prev_rank, lag(h.level) over w as prev_level,
                           lead(h.valid_from) over w as next_from
                    from holdings h join ranks r on r.level = h.level
                    -- an annulled assignment (an empty period) was never held: no rise, fall or exit
                    where h.kind = 'PRIMARY' and (h.valid_to is null or h.valid_to > h.valid_from)
                    window w as (partition by h.person_id order by h.valid_from, h.assignment_id)
                )
                select extract(year from valid_from)::int as year, 0 as flow, count(*) as n from prim
                where level = any(:levels) and prev_rank > rank
                  and valid_from between :from and :asOf and (:all or unit_id = any(:units))
                group by 1
                union all
                select extract(year from valid_from)::int, 1, count(*) from prim
                where prev_level = any(:levels) and rank > prev_rank
                  and valid_from between :from and :asOf and (:all or unit_id = any(:units))
                group by 1
                union all
                select extract(year from valid_to)::int, 2, count(*) from prim
                where level = any(:levels) and valid_to between :from and :asOf and (next_from is null or next_from > :asOf)
                  and (:all or unit_id = any(:units))
                group by 1
                """.formatted("select * from " + OrganizationQueries.ASSIGNMENT_FACTS_VIEW))
                .param("rankLevels", LevelRank.levels()).param("rankValues", LevelRank.ranks())
                .param("levels", LevelRank.cadreLevels()).param("from", from).param("asOf", asOf)
                .param("all", reach.all()).param("units", reach.units())
                .query((ResultSet rs) -> {
                    long[] counts = years.get(rs.getInt("year"));
                    if (counts != null) {
                        counts[rs.getInt("flow")] = rs.getLong("n");
                    }
                });
        return years.entrySet().stream().map(e -> new Structure.FlowYear(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    /**
     * The units counted: the chosen unit's subtree (within the scope), or all the scope reaches. Buckets: the chosen
     * unit's children, each with its subtree (posts of the unit itself count as its own bucket); without a choice, the
     * company root's children for a company-wide scope, else the scope's own subtrees.
     */
    private Reach reach(LocalDate asOf, DataScope scope, Long unitId) {
        if (unitId != null) {
            if (!organization.isWithin(unitId, scope, asOf) || organization.findUnit(unitId, asOf).isEmpty()) {
                throw new NotFoundException("unit", unitId);
            }
            Set<Long> subtree = organization.subtreeUnitIds(Set.of(unitId), asOf);
            return buckets(false, subtree.toArray(Long[]::new), unitId, asOf);
        }
        if (scope.all()) {
            Long root = companyRoot(asOf);
            return root == null ? new Reach(true, new Long[0], Map.of(), Map.of())
                    : buckets(true, new Long[0], root, asOf);
        }
        Map<Long, Long> bucketOf = new HashMap<>();
        for (Long root : scope.unitIds()) {
            organization.subtreeUnitIds(Set.of(root), asOf).forEach(u -> bucketOf.put(u, root));
        }
        return new Reach(false, bucketOf.keySet().toArray(Long[]::new), bucketOf,
                new LinkedHashMap<>(organization.unitNames(scope.unitIds(), asOf)));
    }

    private Reach buckets(boolean all, Long[] units, long parent, LocalDate asOf) {
        Map<Long, Long> bucketOf = new HashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (UnitRef child : organization.childUnits(parent, asOf)) {
            names.put(child.id(), child.name());
            organization.subtreeUnitIds(Set.of(child.id()), asOf).forEach(u -> bucketOf.put(u, child.id()));
        }
        names.putAll(organization.unitNames(List.of(parent), asOf));
        bucketOf.put(parent, parent);
        return new Reach(all, units, bucketOf, names);
    }

    /** The top of the unit tree on the date: walk up from any unit that holds a post. */
    private Long companyRoot(LocalDate asOf) {
        Long unit = jdbc.sql("""
                with holdings as (%s) select unit_id from holdings
                where valid_from <= :asOf and (valid_to is null or valid_to > :asOf) limit 1
                """.formatted("select * from " + OrganizationQueries.ASSIGNMENT_FACTS_VIEW)).param("asOf", asOf)
                .query(Long.class).optional().orElse(null);
        for (int depth = 0; unit != null && depth < 50; depth++) {
            var found = organization.findUnit(unit, asOf);
            if (found.isEmpty()) {
                return null;
            }
            if (found.get().parentId() == null) {
                return unit;
            }
            unit = found.get().parentId();
        }
        return null;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<Structure.Bucket> buckets(Map<Structure.Dimension, Map<String, Long>> counts,
                                                  Structure.Dimension dimension, List<String> keys) {
        Map<String, Long> found = counts.getOrDefault(dimension, Map.of());
        return keys.stream().map(k -> new Structure.Bucket(k, null, found.getOrDefault(k, 0L))).toList();
    }
}
