package org.cadre.demo;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cadre.shared.CadreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's Workers' Congress: the First Congress (its term began two years ago), its second meeting a year
 * ago and its third meeting two weeks ahead with the proposal window open today, one delegation per operating unit
 * plus the headquarters' (机关代表团), and 150 delegates drawn from the roster so that the usual composition rules hold
 * (front-line workers over half, managers and leaders at most a fifth). The demo {@code delegate} account holds a seat.
 * Written with plain SQL like the company generator (see package-info); the congress parts add their own demo data
 * on top of this.
 */
@Component
@Order(30)
class DemoCongress implements ApplicationRunner {

    static final int DELEGATES = 150;
    private static final Logger log = LoggerFactory.getLogger(DemoCongress.class);

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCongress(CadreProperties properties, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from congress_term").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load(LocalDate.now(clock)));
    }

    void load(LocalDate today) {
        LocalDate termStart = LocalDate.of(today.getYear() - 2, 3, 1);
        long term = jdbc.sql("""
                insert into congress_term (ordinal, name, starts_on, ends_on) values (1, :name, :from, :to) returning id
                """).param("name", "第一届职工代表大会（%d—%d）".formatted(termStart.getYear(), termStart.getYear() + 5))
                .param("from", termStart).param("to", termStart.plusYears(5).minusDays(1)).query(Long.class).single();
        meeting(term, 1, termStart.plusDays(20), termStart.plusDays(21), null, null, "CLOSED");
        LocalDate second = today.minusYears(1).plusDays(16);
        meeting(term, 2, second, second.plusDays(1), second.minusDays(45), second.minusDays(10), "CLOSED");
        LocalDate third = today.plusDays(15);
        meeting(term, 3, third, third.plusDays(1), today.minusDays(29), today.plusDays(8), "PLANNED");

        Map<Long, Long> delegationOfUnit = new LinkedHashMap<>();
        long headquarters = delegation(term, "机关代表团", null, 0);
        List<Map<String, Object>> units = jdbc.sql("""
                select unit_id, name from org_unit_version
                where valid_to is null and kind in ('OPERATING_UNIT', 'SUBSIDIARY') order by unit_id
                """).query().listOfRows();
        int order = 1;
        for (Map<String, Object> unit : units) {
            long unitId = ((Number) unit.get("unit_id")).longValue();
            delegationOfUnit.put(unitId, delegation(term, unit.get("name") + "代表团", unitId, order++));
        }

        // Every active person with the operating unit above them (none for headquarters and base departments) and the
        // category a delegate of theirs would sit in.
        List<Candidate> people = jdbc.sql("""
                with recursive tree as (
                    select unit_id, unit_id as top from org_unit_version
                    where valid_to is null and kind in ('OPERATING_UNIT', 'SUBSIDIARY')
                    union all
                    select v.unit_id, t.top from org_unit_version v join tree t on v.parent_id = t.unit_id
                    where v.valid_to is null and v.kind not in ('OPERATING_UNIT', 'SUBSIDIARY')
                )
                select p.id, t.top, p.employee_no,
                       case when exists (select 1 from org_assignment a join org_post o on o.id = a.post_id
                                         where a.person_id = p.id and a.valid_to is null and o.level = 'COMPANY_LEADER')
                              then 'LEADER'
                            when exists (select 1 from org_assignment a join org_post o on o.id = a.post_id
                                         where a.person_id = p.id and a.valid_to is null
                                           and o.level not in ('STAFF', 'SUPERVISOR'))
                              then 'MANAGER'
                            when p.professional_title is not null then 'TECHNICAL'
                            else 'FRONT_LINE' end as category
                from people_person p left join tree t on t.unit_id = p.unit_id
                where p.status = 'ACTIVE'
                order by p.employee_no
                """).query((rs, n) -> new Candidate(rs.getLong("id"), (Long) rs.getObject("top"),
                        rs.getString("category"))).list();
        Long delegatePerson = jdbc.sql("select person_id from identity_account where username = 'delegate'")
                .query(Long.class).optional().orElse(null);

        // Seats in proportion to headcount; within a delegation a fifth at most for managers and leaders, a fifth
        // for technical staff, the rest front-line.
        Map<Long, List<Candidate>> byDelegation = new LinkedHashMap<>();
        for (Candidate c : people) {
            long delegation = c.operatingUnit() == null ? headquarters
                    : delegationOfUnit.getOrDefault(c.operatingUnit(), headquarters);
            byDelegation.computeIfAbsent(delegation, k -> new ArrayList<>()).add(c);
        }
        Random random = new Random(DemoCompanyLoader.SEED);
        LocalDate elected = termStart.minusDays(10);
        int remainingPeople = people.size();
        int remainingSeats = DELEGATES;
        Map<Long, List<Candidate>> pools = new LinkedHashMap<>();
        Map<Long, List<Candidate>> seatedIn = new LinkedHashMap<>();
        for (var entry : byDelegation.entrySet()) {
            List<Candidate> pool = new ArrayList<>(entry.getValue());
            int seats = Math.max(3, Math.round((float) remainingSeats * pool.size() / remainingPeople));
            seats = Math.min(seats, remainingSeats);
            remainingPeople -= pool.size();
            Collections.shuffle(pool, random);
            List<Candidate> chosen = new ArrayList<>();
            if (delegatePerson != null) {
                pool.stream().filter(c -> c.personId() == delegatePerson).findFirst().ifPresent(chosen::add);
            }
            pick(pool, chosen, "LEADER", entry.getKey() == headquarters ? 4 : 0);
            pick(pool, chosen, "MANAGER", Math.max(1, seats / 5 - (entry.getKey() == headquarters ? 4 : 0)));
            pick(pool, chosen, "TECHNICAL", Math.max(1, seats / 5));
            pick(pool, chosen, "FRONT_LINE", seats - chosen.size());
            pick(pool, chosen, "TECHNICAL", seats - chosen.size());
            pools.put(entry.getKey(), pool);
            seatedIn.put(entry.getKey(), chosen);
            remainingSeats -= chosen.size();
        }
        // a small delegation may lack front-line people for its share: the seats left go to the larger ones
        for (String category : List.of("FRONT_LINE", "TECHNICAL")) {
            for (var entry : pools.entrySet()) {
                if (remainingSeats <= 0) {
                    break;
                }
                List<Candidate> chosen = seatedIn.get(entry.getKey());
                int before = chosen.size();
                pick(entry.getValue(), chosen, category, remainingSeats);
                remainingSeats -= chosen.size() - before;
            }
        }
        int seated = 0;
        for (var entry : seatedIn.entrySet()) {
            for (Candidate c : entry.getValue()) {
                jdbc.sql("""
                        insert into congress_delegate (term_id, person_id, delegation_id, category, elected_on, valid_from)
                        values (:term, :person, :delegation, :category, :elected, :from)
                        """).param("term", term).param("person", c.personId()).param("delegation", entry.getKey())
                        .param("category", c.category()).param("elected", elected).param("from", termStart).update();
            }
            seated += entry.getValue().size();
        }
        log.info("Demo congress loaded: the First Congress with {} delegates in {} delegations", seated,
                byDelegation.size());
    }

    private static void pick(List<Candidate> pool, List<Candidate> chosen, String category, int count) {
        int taken = 0;
        for (Candidate c : pool) {
            if (taken >= count) {
                return;
            }
            if (c.category().equals(category) && !chosen.contains(c)) {
                chosen.add(c);
                taken++;
            }
        }
    }

    private void meeting(long term, int ordinal, LocalDate from, LocalDate to, LocalDate proposalsFrom,
                         LocalDate proposalsTo, String state) {
        String[] numbers = {"一", "二", "三", "四", "五"};
        jdbc.sql("""
                insert into congress_meeting (term_id, ordinal, name, starts_on, ends_on, main_venue, proposals_open_on,
                                              proposals_close_on, state)
                values (:term, :ordinal, :name, :from, :to, :venue, :pfrom, :pto, :state)
                """).param("term", term).param("ordinal", ordinal)
                .param("name", "第一届职工代表大会第%s次会议".formatted(numbers[ordinal - 1]))
                .param("from", from).param("to", to).param("venue", "公司总部职工活动中心大礼堂")
                .param("pfrom", proposalsFrom).param("pto", proposalsTo).param("state", state).update();
    }

    private long delegation(long term, String name, Long unitId, int order) {
        return jdbc.sql("""
                insert into congress_delegation (term_id, name, unit_id, sort_order) values (:term, :name, :unit, :order)
                returning id
                """).param("term", term).param("name", name).param("unit", unitId).param("order", order)
                .query(Long.class).single();
    }

    private record Candidate(long personId, Long operatingUnit, String category) {
    }
}
