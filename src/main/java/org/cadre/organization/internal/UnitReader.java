package org.cadre.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup.PersonSummary;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** What the unit pages and the API show of a unit on a day: the unit, its history, children, posts and holders. */
@Component
class UnitReader {

    /** A holder of a post, named (names come from the people module; null when it is not there). */
    record Holder(Assignment assignment, String personName, String employeeNo) {

        /** The name, or the person's id where the people module does not know them. */
        public String displayName() {
            return personName != null ? personName : "#" + assignment.personId();
        }
    }

    record PostWithHolders(Post post, int filled, List<Holder> holders) {

        public boolean overFilled() {
            return filled > post.approvedCount();
        }
    }

    /**
     * @param unit       the version valid on {@code asOf}, or the last one when the unit was not open that day
     * @param unitNames  names (on {@code asOf}) of the units the history refers to: parents, the unit merged into
     */
    record UnitDetails(UnitVersion unit, boolean openOnDate, LocalDate asOf, String path, List<UnitVersion> history,
                       Map<Long, String> unitNames, List<UnitRepository.UnitNode> children,
                       List<PostWithHolders> posts) {
    }

    /** A unit in the tree with the units under it. */
    record TreeNode(UnitRepository.UnitNode unit, List<TreeNode> children) {
    }

    private final UnitRepository units;
    private final PostRepository posts;
    private final AssignmentRepository assignments;
    private final OrganizationQueries organization;
    private final People people;

    UnitReader(UnitRepository units, PostRepository posts, AssignmentRepository assignments,
               OrganizationQueries organization, People people) {
        this.units = units;
        this.posts = posts;
        this.assignments = assignments;
        this.organization = organization;
        this.people = people;
    }

    /** The tree on {@code asOf}: units whose parent is not open that day show as roots. */
    List<TreeNode> tree(LocalDate asOf) {
        List<UnitRepository.UnitNode> all = units.tree(asOf);
        Map<Long, TreeNode> nodes = new LinkedHashMap<>();
        all.forEach(unit -> nodes.put(unit.id(), new TreeNode(unit, new ArrayList<>())));
        List<TreeNode> roots = new ArrayList<>();
        for (TreeNode node : nodes.values()) {
            TreeNode parent = node.unit().parentId() == null ? null : nodes.get(node.unit().parentId());
            (parent == null ? roots : parent.children()).add(node);
        }
        return roots;
    }

    UnitDetails details(long unitId, LocalDate asOf) {
        List<UnitVersion> history = units.history(unitId);
        if (history.isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        UnitVersion shown = history.stream().filter(v -> v.period().covers(asOf)).findFirst()
                .orElse(history.get(history.size() - 1));
        boolean open = shown.period().covers(asOf);
        Set<Long> referenced = new HashSet<>();
        for (UnitVersion version : history) {
            if (version.parentId() != null) {
                referenced.add(version.parentId());
            }
            if (version.mergedInto() != null) {
                referenced.add(version.mergedInto());
            }
        }
        return new UnitDetails(shown, open, asOf, open ? organization.unitPath(unitId, asOf) : shown.name(),
                history, organization.unitNames(referenced, asOf), units.children(unitId, asOf),
                postsWithHolders(unitId, asOf));
    }

    private List<PostWithHolders> postsWithHolders(long unitId, LocalDate asOf) {
        Map<Long, List<Holder>> byPost = named(assignments.holdersOn(unitId, asOf)).stream()
                .collect(Collectors.groupingBy(h -> h.assignment().postId()));
        return posts.linesOf(unitId, asOf).stream()
                .map(line -> new PostWithHolders(line.post(), line.filled(),
                        byPost.getOrDefault(line.post().id(), List.of())))
                .toList();
    }

    /** Names the holders of assignments, for a post's or a person's history. */
    List<Holder> named(List<Assignment> list) {
        Map<Long, PersonSummary> named = people.byIds(list.stream().map(Assignment::personId).distinct().toList());
        return list.stream().map(a -> {
            PersonSummary person = named.get(a.personId());
            return new Holder(a, person == null ? null : person.name(), person == null ? null : person.employeeNo());
        }).toList();
    }
}
