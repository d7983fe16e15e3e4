package org.cadre.cadres.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The approval form's PDF in English: Latin text is printed too (the CJK font alone has no Latin glyphs). */
class FormPdfTest {

    @Test
    void the_english_form_prints_its_latin_labels_and_values_on_two_pages() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/cadres-file", "messages/shared");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        FormData form = new FormData(1, "Lin Zhenhua", "Male", LocalDate.of(1982, 3, 15), 43, "Han", "Changsha",
                "Liuyang", LocalDate.of(2004, 6, 1), LocalDate.of(2004, 7, 1), "Good", "Senior engineer",
                "Cathode materials", new FormData.Education("Bachelor", "BEng", "Central South University", ""),
                FormData.Education.none(), "Deputy general manager", "General manager", "Deputy general manager",
                List.of("2000.09--2004.07  Central South University, metallurgy"), List.of(), "2024 excellent",
                "Work needs", "Party committee", LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30), "Zhou Min",
                "", null, List.of(new FormData.Family("Wife", "Chen Jing", LocalDate.of(1984, 6, 1), 41, "CPC member",
                        "Teacher")), true);

        byte[] pdf = FormPdf.write(form, new FormLabels(messages, Locale.ENGLISH));

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/approval-form-sample-en.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(text.getTextFromPage(1)).contains("Lin Zhenhua", "1982.03", "Central South University",
                "General manager", "2000.09--2004.07");
        assertThat(text.getTextFromPage(2)).contains("Chen Jing", "41", "Teacher", "Zhou Min", "2025.11.30");
    }
}
