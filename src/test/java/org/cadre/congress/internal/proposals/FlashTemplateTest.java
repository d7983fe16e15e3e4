package org.cadre.congress.internal.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The message after a refused step on the proposal and welfare pages. */
@IntegrationTest
class FlashTemplateTest {

    @Autowired
    SpringTemplateEngine engine;

    @Test
    void a_refusal_on_a_field_starts_with_the_fields_label_and_one_on_no_known_field_is_the_message_alone() {
        assertThat(render("leadUnit", Locale.ENGLISH)).contains(">Lead department: Choose the department.<");
        assertThat(render("leadUnit", Locale.SIMPLIFIED_CHINESE)).contains(">主办部门: 请选择部门。<");
        assertThat(render("eventDate", Locale.ENGLISH)).contains(">Date of the occasion: Choose the department.<");
        assertThat(render("somethingElse", Locale.ENGLISH)).contains(">Choose the department.<");
    }

    private String render(String field, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("failure", "proposal.unit.required");
        context.setVariable("failureArgs", new String[0]);
        context.setVariable("failureField", field);
        return engine.process("congress/proposals/partials/flash", Set.of("flash"), context);
    }
}
