package org.cadre.congress.internal.welfare;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Welfare's tables in plain SQL. Names of people and units are joined in by the caller. */
@Repository
class WelfareRepository {

    /** Who reaches which applications: all, units of a welfare:manage scope, or only a person's own. */
    record Reach(boolean all, Collection<Long> units, Long personId) {
    }

    private final JdbcClient jdbc;

    WelfareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertItem(int year, String name, Welfare.EventKind kind, BigDecimal amount, int minYears, String statuses,
                    BigDecimal yearlyLimit) {
        return jdbc.sql("""
                insert into congress_welfare_item (year, name, event_kind, standard_amount, min_service_years,
                                                   eligible_statuses, yearly_limit)
                values (:year, :name, :kind, :amount, :min, :statuses, :limit) returning id
                """).param("year", year).param("name", name).param("kind", kind.name()).param("amount", amount)
                .param("min", minYears).param("statuses", statuses).param("limit", yearlyLimit)
                .query(Long.class).single();
    }

    boolean itemExists(int year, String name) {
        return jdbc.sql("select count(*) from congress_welfare_item where year = ? and name = ?").params(year, name)
                .query(Long.class).single() > 0;
    }

    List<Welfare.Item> items(Integer year) {
        return jdbc.sql("""
                select * from congress_welfare_item where cast(:year as int) is null or year = :year
                order by year desc, id
                """).param("year", year).query(WelfareRepository::item).list();
    }

    Optional<Welfare.Item> item(long id) {
        return jdbc.sql("select * from congress_welfare_item where id = ?").param(id).query(WelfareRepository::item)
                .optional();
    }

    Optional<BigDecimal> budget(long itemId, long unitId) {
        return jdbc.sql("select amount from congress_welfare_budget where item_id = ? and unit_id = ?")
                .params(itemId, unitId).query(BigDecimal.class).optional();
    }

    void putBudget(long itemId, long unitId, BigDecimal amount) {
        jdbc.sql("""
                insert into congress_welfare_budget (item_id, unit_id, amount) values (?, ?, ?)
                on conflict (item_id, unit_id) do update set amount = excluded.amount
                """).params(itemId, unitId, amount).update();
    }

    /** What the person already has (applied, approved or paid, not rejected) from the item. */
    BigDecimal takenThisYear(long itemId, long personId) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from congress_welfare_application
                where item_id = ? and person_id = ? and state <> 'REJECTED'
                """).params(itemId, personId).query(BigDecimal.class).single();
    }

    long insertApplication(long itemId, long personId, long unitId, LocalDate eventDate, BigDecimal amount,
                           String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                insert into congress_welfare_application (item_id, person_id, unit_id, event_date, amount, reason,
                                                          applied_by, applied_at)
                values (:item, :person, :unit, :event, :amount, :reason, :by, :at) returning id
                """).param("item", itemId).param("person", personId).param("unit", unitId).param("event", eventDate)
                .param("amount", amount).param("reason", reason).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    Optional<Welfare.Application> lockApplication(long id) {
        jdbc.sql("select id from congress_welfare_application where id = ? for update").param(id).query(Long.class)
                .optional();
        return application(id);
    }

    Optional<Welfare.Application> application(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(WelfareRepository::application).optional();
    }

    void decide(long id, Welfare.ApplicationState state, String by, OffsetDateTime at, String reason) {
        jdbc.sql("""
                update congress_welfare_application set state = :state, decided_by = :by, decided_at = :at,
                       reject_reason = :reason, version = version + 1
                where id = :id
                """).param("id", id).param("state", state.name()).param("by", by).param("at", at)
                .param("reason", reason).update();
    }

    void pay(long id, BigDecimal amount, LocalDate paidOn, String reference, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into congress_welfare_payment (application_id, amount, paid_on, reference, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)
                """).params(id, amount, paidOn, reference, by, at).update();
        jdbc.sql("update congress_welfare_application set state = 'PAID', version = version + 1 where id = ?")
                .param(id).update();
    }

    private static final String SELECT = """
            select a.*, i.name as item_name, p.amount as paid_amount, p.paid_on, p.reference
            from congress_welfare_application a join congress_welfare_item i on i.id = a.item_id
            left join congress_welfare_payment p on p.application_id = a.id
            """;

    private static final String WHERE = """
             where (cast(:item as bigint) is null or a.item_id = :item)
               and (cast(:state as varchar) is null or a.state = :state)
               and (cast(:year as int) is null or i.year = :year)
               and (:all or a.unit_id = any(:units) or a.person_id = :me)
               and (not :mine or a.person_id = :me)
            """;

    Page<Welfare.Application> applications(Long itemId, Welfare.ApplicationState state, Integer year, boolean mine,
                                           Reach reach, PageRequest page) {
        long total = bind(jdbc.sql("select count(*) from congress_welfare_application a "
                + "join congress_welfare_item i on i.id = a.item_id" + WHERE), itemId, state, year, mine, reach)
                .query(Long.class).single();
        List<Welfare.Application> items = bind(jdbc.sql(SELECT + WHERE + " order by a.id desc limit :limit offset :offset"),
                itemId, state, year, mine, reach).param("limit", page.limit()).param("offset", page.offset())
                .query(WelfareRepository::application).list();
        return new Page<>(items, total, page);
    }

    /** Every application of a year in the reach, for the export; read row by row. */
    void forEachApplication(Integer year, Reach reach, java.util.function.Consumer<Welfare.Application> consumer) {
        bind(jdbc.sql(SELECT + WHERE + " order by a.id"), null, null, year, false, reach)
                .query(WelfareRepository::application).stream().forEach(consumer);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Long itemId, Welfare.ApplicationState state,
                                          Integer year, boolean mine, Reach reach) {
        return spec.param("item", itemId).param("state", state == null ? null : state.name()).param("year", year)
                .param("all", reach.all()).param("units", reach.units().toArray(Long[]::new))
                .param("me", reach.personId() == null ? -1L : reach.personId()).param("mine", mine);
    }

    /** Budget per item and unit against spending: approved not yet paid, and paid. */
    List<Welfare.BudgetLine> budgetLines(int year, Reach reach) {
        return jdbc.sql("""
                select b.item_id, i.name, b.unit_id, b.amount,
                       coalesce((select sum(a.amount) from congress_welfare_application a
                                 where a.item_id = b.item_id and a.unit_id = b.unit_id and a.state = 'APPROVED'), 0) as committed,
                       coalesce((select sum(p.amount) from congress_welfare_payment p
                                 join congress_welfare_application a on a.id = p.application_id
                                 where a.item_id = b.item_id and a.unit_id = b.unit_id), 0) as paid
                from congress_welfare_budget b join congress_welfare_item i on i.id = b.item_id
                where i.year = :year and (:all or b.unit_id = any(:units))
                order by i.id, b.unit_id
                """).param("year", year).param("all", reach.all()).param("units", reach.units().toArray(Long[]::new))
                .query((rs, n) -> new Welfare.BudgetLine(rs.getLong(1), rs.getString(2), rs.getLong(3), null,
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6))).list();
    }

    /** Approved and paid spending of an item in a unit. */
    BigDecimal spent(long itemId, long unitId) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from congress_welfare_application
                where item_id = ? and unit_id = ? and state in ('APPROVED', 'PAID')
                """).params(itemId, unitId).query(BigDecimal.class).single();
    }

    private static Welfare.Item item(ResultSet rs, int row) throws SQLException {
        return new Welfare.Item(rs.getLong("id"), rs.getInt("year"), rs.getString("name"),
                Welfare.EventKind.valueOf(rs.getString("event_kind")), rs.getBigDecimal("standard_amount"),
                rs.getInt("min_service_years"), Welfare.Item.statuses(rs.getString("eligible_statuses")),
                rs.getBigDecimal("yearly_limit"));
    }

    private static Welfare.Application application(ResultSet rs, int row) throws SQLException {
        return new Welfare.Application(rs.getLong("id"), rs.getLong("item_id"), rs.getString("item_name"),
                rs.getLong("person_id"), null, null, rs.getLong("unit_id"), null,
                rs.getObject("event_date", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("reason"),
                Welfare.ApplicationState.valueOf(rs.getString("state")), rs.getString("applied_by"),
                rs.getObject("applied_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("reject_reason"), rs.getObject("paid_on", LocalDate.class), rs.getString("reference"),
                rs.getBigDecimal("paid_amount"));
    }

    static String statuses(Collection<org.cadre.people.PersonStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
