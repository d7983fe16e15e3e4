package org.cadre.identity.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Role codes with their names in the reader's language, to show grants (a few dozen roles at most). */
@Component
public class RoleNames {

    private final JdbcClient jdbc;

    RoleNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> all(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        boolean chinese = "zh".equals(locale.getLanguage());
        jdbc.sql("select code, name_zh, name_en from identity_role order by builtin desc, id")
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString(chinese ? "name_zh" : "name_en"));
                });
        return names;
    }
}
