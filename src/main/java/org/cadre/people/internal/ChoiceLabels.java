package org.cadre.people.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The labels of enum constants ({@code enum.<Type>.<CONSTANT>}) in both languages, to write them into files and
 * to read them back from cells filled in either language (or with the constant itself).
 */
@Component
class ChoiceLabels {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final MessageSource messages;
    private final Map<Class<?>, Map<String, Enum<?>>> byLabel = new ConcurrentHashMap<>();

    ChoiceLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(Enum<?> value, Locale locale) {
        return messages.getMessage(key(value), null, value.name(), locale);
    }

    List<String> labels(Class<? extends Enum<?>> type, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).map(v -> label(v, locale)).toList();
    }

    Optional<Enum<?>> parse(Class<? extends Enum<?>> type, String text) {
        Map<String, Enum<?>> labels = byLabel.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Enum<?> value : type.getEnumConstants()) {
                map.put(normalize(value.name()), value);
                for (Locale locale : LANGUAGES) {
                    map.put(normalize(label(value, locale)), value);
                }
            }
            return map;
        });
        return Optional.ofNullable(labels.get(normalize(text)));
    }

    private static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static String normalize(String s) {
        return s.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
