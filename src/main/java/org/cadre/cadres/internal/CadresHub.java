package org.cadre.cadres.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page of cadre management: one card per part, shown by permission. */
@Controller
class CadresHub {

    @GetMapping("/cadres")
    @PreAuthorize("hasAnyAuthority('cadre:read', 'cadre:manage', 'selection:manage')")
    String hub() {
        return "cadres/index";
    }
}
