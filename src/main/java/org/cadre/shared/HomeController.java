package org.cadre.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** A panel the home page shows: which fragment, with what. */
    record ShownPanel(String template, String selector, Map<String, Object> model) {
    }

    private final ObjectProvider<HomePanel> panels;

    HomeController(ObjectProvider<HomePanel> panels) {
        this.panels = panels;
    }

    @GetMapping("/")
    String home(Model model) {
        List<ShownPanel> shown = panels.stream().sorted(Comparator.comparingInt(HomePanel::order))
                .flatMap(p -> p.model().map(m -> new ShownPanel(p.template(), p.selector(), m)).stream())
                .toList();
        model.addAttribute("panels", shown);
        return "home";
    }
}
