package org.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages stay complete: every key in both bundles of a module, and no literal text in a template. */
class I18nSyncTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text directly after an opening tag, up to the next tag. */
    private static final Pattern TEXT_AFTER_TAG = Pattern.compile(
            "<([a-zA-Z][a-zA-Z0-9]*)((?:\\s(?:[^>\"']|\"[^\"]*\"|'[^']*')*)?)>([^<]+)");
    /** The language switch names each language in that language, on purpose. */
    private static final Set<String> ALLOWED = Set.of("中文", "English");

    @Test
    void every_message_key_exists_in_english_and_chinese() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path english : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh_CN.properties"));
                Properties en = load(english);
                Properties zh = load(chinese);
                assertThat(zh.stringPropertyNames()).as("keys of %s vs %s", chinese, english)
                        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
                en.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, english).isNotBlank());
                zh.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, chinese).isNotBlank());
            }
        }
    }

    @Test
    void templates_hold_no_text_that_is_not_a_message_key() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
                Matcher m = TEXT_AFTER_TAG.matcher(html);
                while (m.find()) {
                    String attributes = m.group(2);
                    String text = m.group(3).strip();
                    boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext") || attributes.contains("th:errors")
                            || attributes.contains("th:replace") || attributes.contains("th:insert");
                    if (!replaced && text.codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(text)) {
                        problems.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
