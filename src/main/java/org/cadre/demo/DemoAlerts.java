package org.cadre.demo;

import org.cadre.cadres.CadreWorkNotifications;
import org.cadre.shared.CadreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo company's first morning: what falls due in the cadre team (retirements, rotations in key posts, and
 * whatever the other cadre parts report) is sent as notifications once, so that the organization department's bell
 * is not empty before the daily job first runs. After the other demo data (a late order), into an empty inbox only.
 */
@Component
@Order(90)
class DemoAlerts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAlerts.class);

    private final CadreProperties properties;
    private final CadreWorkNotifications notifications;
    private final JdbcClient jdbc;

    DemoAlerts(CadreProperties properties, CadreWorkNotifications notifications, JdbcClient jdbc) {
        this.properties = properties;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from notification_message").query(Long.class).single() > 0) {
            return;
        }
        log.info("Demo company: {} work-queue notifications sent", notifications.sendDue());
    }
}
