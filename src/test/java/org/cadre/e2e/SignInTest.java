package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignInTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_wrong_password_is_refused_with_a_message_in_the_chosen_language() {
        browser.manage().deleteAllCookies();
        open("/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("employee");
        browser.findElement(By.id("password")).sendKeys("not-the-password-1");
        browser.findElement(By.id("login-submit")).click();
        assertThat(waitFor(By.id("login-error")).getText()).contains("wrong");
    }

    @Test
    void a_demo_user_signs_in_sees_the_home_page_and_switches_language() {
        signInAs("orgdept");
        // the session lives in the database, so that several nodes can share it
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'orgdept'")
                .query(Long.class).single()).isPositive();
        open("/?lang=zh_CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("欢迎");
        useEnglish();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
        browser.findElement(By.id("logout")).click();
        assertThat(waitFor(By.id("login-submit")).isDisplayed()).isTrue();
    }
}
