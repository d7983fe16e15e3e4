package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PhoneTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void on_a_phone_the_employee_opens_the_folded_navigation_and_reads_their_own_row_without_sideways_scrolling() {
        String own = jdbc.sql("""
                select p.employee_no from identity_account a join people_person p on p.id = a.person_id
                where a.username = 'employee'""").query(String.class).single();
        phoneSized();
        signInAs("employee");
        waitFor(By.id("nav-toggle"));
        assertThat(browser.findElement(By.id("logout")).isDisplayed()).as("folded into the toggler").isFalse();
        assertThat(fitsTheWidth()).isTrue();

        click(By.id("nav-toggle"));
        waitFor(By.id("logout"));
        click(By.cssSelector("#nav a[href='/people']"));

        waitFor(By.id("roster-table"));
        assertThat(browser.findElement(By.id("roster-count")).getText()).endsWith("共 1 人");
        assertThat(column(By.id("roster-table"), 1)).containsExactly(own);
        assertThat(fitsTheWidth()).as("the page body does not scroll sideways").isTrue();
    }

    @Test
    void on_a_phone_the_unit_head_reads_the_posts_and_holders_of_their_unit_with_only_the_tables_scrolling_sideways() {
        long cathode = jdbc.sql("select id from org_unit where code = 'JY-U01'").query(Long.class).single();
        phoneSized();
        signInAs("unithead");
        open("/org/units/" + cathode);

        assertThat(waitFor(By.id("unit-name")).getText()).isEqualTo("正极材料事业部");
        assertThat(browser.findElements(By.cssSelector("#posts tr.holder"))).isNotEmpty();
        assertThat(fitsTheWidth()).isTrue();
    }

    private boolean fitsTheWidth() {
        return Boolean.TRUE.equals(script("return document.body.scrollWidth <= window.innerWidth + 1"));
    }
}
