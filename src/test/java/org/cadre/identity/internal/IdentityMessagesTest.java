package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.Test;

/** Both languages of identity stay complete, and every key its pages use exists. */
class IdentityMessagesTest {

    @Test
    void english_and_chinese_have_the_same_keys() throws IOException {
        assertThat(load("identity_zh_CN").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("identity").stringPropertyNames());
    }

    @Test
    void every_key_in_the_identity_templates_and_every_permission_and_scope_has_a_message() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : new String[] {"identity", "shared"}) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        Set<String> used = new HashSet<>();
        Pattern key = Pattern.compile("#\\{([A-Za-z][\\w.]*)");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/identity"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Permissions.ALL.forEach(p -> used.add("permission." + p));
        for (ScopeKind scope : ScopeKind.values()) {
            used.add("enum.ScopeKind." + scope);
        }
        for (AccountStatus status : AccountStatus.values()) {
            used.add("enum.AccountStatus." + status);
        }

        assertThat(known).containsAll(used);
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                IdentityMessagesTest.class.getResourceAsStream("/messages/" + bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
