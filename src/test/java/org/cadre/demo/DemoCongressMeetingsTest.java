package org.cadre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoCongressMeetingsTest {

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    DemoCongress congress;
    @Autowired
    DemoCongressMeetings meetings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void meeting_3_has_its_agenda_and_video_site_meeting_2_its_adopted_documents_and_one_required_disclosure_is_overdue() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        generator.generate(1000, DemoCompanyLoader.SEED, today);
        congress.load(today);
        meetings.load(today);

        assertThat(jdbc.sql("""
                select a.kind from congress_agenda_item a join congress_meeting m on m.id = a.meeting_id
                where m.ordinal = 3 order by a.position
                """).query(String.class).list()).containsExactly("REPORT", "DOCUMENT_TO_ADOPT", "DOCUMENT_TO_ADOPT", "HONORS");
        Map<String, Object> site = jdbc.sql("""
                select v.officer_person_id, (select count(*) from congress_venue_delegation d where d.venue_id = v.id) as n
                from congress_venue v join congress_meeting m on m.id = v.meeting_id where m.ordinal = 3 and not v.main
                """).query().singleRow();
        assertThat(site.get("officer_person_id")).isNotNull();
        assertThat(((Number) site.get("n")).longValue()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from congress_vote v join congress_agenda_item a on a.id = v.agenda_item_id
                join congress_meeting m on m.id = a.meeting_id where m.ordinal = 2 and m.state = 'CLOSED' and v.adopted
                """).query(Long.class).single()).isEqualTo(2);
        // each of meeting 2's shows of hands has its published ballot on the engine, with the counts of the vote
        assertThat(jdbc.sql("""
                select count(*) from congress_vote v join ballot b on b.id = v.ballot_id
                join congress_agenda_item a on a.id = v.agenda_item_id join congress_meeting m on m.id = a.meeting_id
                where m.ordinal = 2 and b.mode = 'COUNTED' and b.state = 'PUBLISHED'
                  and b.origin = 'congress-vote:' || v.agenda_item_id
                  and (select c.votes from ballot_count c where c.ballot_id = b.id and c.answer_key = 'FOR') = v.votes_for
                """).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from congress_disclosure_item").query(Long.class).single()).isEqualTo(15);
        // required and periodic, last disclosed longer ago than its period
        List<String> overdue = jdbc.sql("""
                select c.name from congress_disclosure_category c join congress_disclosure_item i on i.category_id = c.id
                where c.required group by c.id, c.name, c.period
                having max(i.published_on) + case c.period when 'MONTHLY' then interval '1 month'
                       when 'QUARTERLY' then interval '3 months' else interval '1 year' end < :today
                """).param("today", today).query(String.class).list();
        assertThat(overdue).containsExactly("业务招待费");
    }
}
