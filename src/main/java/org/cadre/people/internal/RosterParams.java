package org.cadre.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterSort;
import org.cadre.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The roster's query parameters, as the page's filter form and the API send them; also writes them back into URLs
 * (paging links, the export link) so that the filters stay in the address.
 *
 * @param asOf     the roster as it was on this day; today when absent
 * @param unit     a unit, with its subunits unless {@code unitOnly}
 * @param level    post levels (repeatable)
 * @param q        part of the name or employee number
 */
public record RosterParams(@DateTimeFormat(iso = ISO.DATE) LocalDate asOf, Long unit, Boolean unitOnly,
                           List<PostLevel> level, @Min(0) @Max(150) Integer ageFrom, @Min(0) @Max(150) Integer ageTo,
                           Gender gender, EducationLevel education, PoliticalAffiliation political,
                           @Size(max = 60) String title, PersonStatus status, @Size(max = 50) String q,
                           RosterSort sort, Boolean desc, @Min(0) Integer page, @Min(1) @Max(200) Integer size) {

    public RosterParams {
        level = level == null ? List.of() : List.copyOf(level);
    }

    RosterFilter toFilter(LocalDate today) {
        return new RosterFilter(asOf == null ? today : asOf, unit, Boolean.TRUE.equals(unitOnly), Set.copyOf(level),
                ageFrom, ageTo, gender, education, political, title, status, q, sort,
                Boolean.TRUE.equals(desc));
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    /** This roster's URL under {@code path} on another page. */
    public String pageUrl(String path, int toPage) {
        return query(path).replaceQueryParam("page", toPage).build().encode().toUriString();
    }

    /** This roster's filters under {@code path}, without paging (for the export). */
    public String filterUrl(String path) {
        return query(path).build().encode().toUriString();
    }

    private UriComponentsBuilder query(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        add(b, "asOf", asOf);
        add(b, "unit", unit);
        add(b, "unitOnly", Boolean.TRUE.equals(unitOnly) ? true : null);
        level.forEach(l -> b.queryParam("level", l));
        add(b, "ageFrom", ageFrom);
        add(b, "ageTo", ageTo);
        add(b, "gender", gender);
        add(b, "education", education);
        add(b, "political", political);
        add(b, "title", title);
        add(b, "status", status);
        add(b, "q", q);
        add(b, "sort", sort);
        add(b, "desc", Boolean.TRUE.equals(desc) ? true : null);
        add(b, "size", size);
        return b;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            b.queryParam(name, value);
        }
    }
}
