package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.cadres.internal.TermEnds;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.PostHolders;
import org.cadre.organization.PostLevel;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages, the API and the export read, within the reader's scope. */
@Service
@Transactional(readOnly = true)
class ReserveQueries {

    /** The key posts of the succession view: company leaders and mid-level principals. */
    static final Set<PostLevel> KEY_LEVELS = EnumSet.of(PostLevel.COMPANY_LEADER, PostLevel.MID_PRINCIPAL);

    /** The pool's filter as the page and the API take it. */
    record PoolFilter(PostLevel targetLevel, Readiness readiness, ReserveState state, Long unitId, String name) {
    }

    /** An entry with everything its page shows. */
    record EntryDetail(ReserveEntry entry, String unitName, String targetUnitName, String targetPostTitle,
                       List<PlanItem> plan, List<Review> reviews, List<HistoryLine> history) {
    }

    /** The succession view's filter: include mid-level deputies; only posts lacking a ready successor; a unit. */
    record SuccessionFilter(boolean deputies, boolean lackingOnly, Long unitId) {
    }

    private final ReserveRepository repository;
    private final ReserveAccess access;
    private final OrganizationQueries organization;
    private final PostHolders posts;
    private final PersonLookup people;
    private final ObjectProvider<TermEnds> termEnds;

    ReserveQueries(ReserveRepository repository, ReserveAccess access, OrganizationQueries organization,
                   PostHolders posts, PersonLookup people, ObjectProvider<TermEnds> termEnds) {
        this.repository = repository;
        this.access = access;
        this.organization = organization;
        this.posts = posts;
        this.people = people;
        this.termEnds = termEnds;
    }

    Page<ReserveEntry> pool(PoolFilter filter, PageRequest page) {
        return repository.page(repositoryFilter(filter), access.readReach(), page);
    }

    Map<PostLevel, Map<Readiness, Long>> counts(PoolFilter filter) {
        return repository.counts(repositoryFilter(filter), access.readReach());
    }

    private ReserveRepository.Filter repositoryFilter(PoolFilter f) {
        Collection<Long> units = f.unitId() == null ? null
                : organization.subtreeUnitIds(List.of(f.unitId()), access.today());
        return new ReserveRepository.Filter(f.targetLevel(), f.readiness(), f.state(), units, f.name());
    }

    ReserveEntry entry(long id) {
        return access.requireReadable(repository.find(id).orElseThrow(() -> new NotFoundException("reserve entry", id)));
    }

    EntryDetail detail(long id) {
        ReserveEntry e = entry(id);
        LocalDate today = access.today();
        Map<Long, String> names = organization.unitNames(new HashSet<>(List.of(e.unitId(), e.targetUnitId())), today);
        String postTitle = e.targetPostId() == null ? null
                : posts.post(e.targetPostId(), today).map(PostHolders.HeldPost::title).orElse(null);
        return new EntryDetail(e, names.get(e.unitId()), names.get(e.targetUnitId()), postTitle,
                repository.plan(id), repository.reviews(id), repository.history(id));
    }

    Map<Long, String> unitNames(Collection<ReserveEntry> entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.unitId()));
        return organization.unitNames(ids, access.today());
    }

    /** Units that hold cadre posts, within the reader's scope: what the filters offer. */
    Map<Long, String> units() {
        Map<Long, String> units = new LinkedHashMap<>();
        posts.postsOfLevels(EnumSet.of(PostLevel.COMPANY_LEADER, PostLevel.MID_PRINCIPAL, PostLevel.MID_DEPUTY),
                scopeUnits(), access.today()).forEach(p -> units.putIfAbsent(p.unitId(), p.unitName()));
        return units;
    }

    /** Cadre posts within the manage scope that a nomination may target, by level. */
    List<PostHolders.HeldPost> targetPosts() {
        DataScope scope = access.manageScope();
        return posts.postsOfLevels(EnumSet.of(PostLevel.COMPANY_LEADER, PostLevel.MID_PRINCIPAL, PostLevel.MID_DEPUTY,
                PostLevel.SENIOR_MANAGER), scope.all() ? null : organization.unitIdsWithin(scope, access.today()),
                access.today());
    }

    private Collection<Long> scopeUnits() {
        DataScope scope = access.readScope();
        return scope.all() ? null : organization.unitIdsWithin(scope, access.today());
    }

    /** A page of the succession view, with how many key posts the scope (and unit) holds and how many lack. */
    record SuccessionPage(Page<Succession.Row> rows, long keyPosts, long lacking) {
    }

    /**
     * The key posts within the reader's scope (and the filter's unit) with incumbents and ranked successors, one page,
     * filtered in the database: "lacking only" leaves out the posts that a ready-now entry the reader may see covers.
     */
    SuccessionPage succession(SuccessionFilter filter, PageRequest page) {
        LocalDate today = access.today();
        Set<PostLevel> levels = EnumSet.copyOf(KEY_LEVELS);
        if (filter.deputies()) {
            levels.add(PostLevel.MID_DEPUTY);
        }
        Collection<Long> units = scopeUnits();
        if (filter.unitId() != null) {
            Set<Long> subtree = new HashSet<>(organization.subtreeUnitIds(List.of(filter.unitId()), today));
            if (units != null) {
                subtree.retainAll(units);
            }
            units = subtree;
        }
        ReserveRepository.Reach reach = access.readReach();
        PostHolders.Excluded covered = repository.readyCovered(reach);
        long keyPosts = posts.countOfLevels(levels, units, today);
        Page<PostHolders.HeldPost> lackingPage = posts.pageOfLevels(levels, units, covered, today,
                filter.lackingOnly() ? page : new PageRequest(0, 1));
        Page<PostHolders.HeldPost> chosen = filter.lackingOnly() ? lackingPage
                : posts.pageOfLevels(levels, units, PostHolders.Excluded.NONE, today, page);
        List<Succession.Row> rows = chosen.items().isEmpty() ? List.of() : rows(chosen.items(), levels, reach, today);
        return new SuccessionPage(new Page<>(rows, chosen.total(), page), keyPosts, lackingPage.total());
    }

    /** Every row of the succession view (the export): the same filter, all pages. */
    List<Succession.Row> successionRows(SuccessionFilter filter) {
        List<Succession.Row> all = new ArrayList<>();
        Page<Succession.Row> page;
        int n = 0;
        do {
            page = succession(filter, new PageRequest(n++, PageRequest.MAX_SIZE)).rows();
            all.addAll(page.items());
        } while (page.hasNext());
        return all;
    }

    private List<Succession.Row> rows(List<PostHolders.HeldPost> keyPosts, Set<PostLevel> levels,
                                      ReserveRepository.Reach reach, LocalDate today) {
        Set<Long> personIds = new HashSet<>();
        List<Long> assignmentIds = new ArrayList<>();
        keyPosts.forEach(p -> p.holders().forEach(h -> {
            personIds.add(h.personId());
            assignmentIds.add(h.assignmentId());
        }));
        Map<Long, PersonLookup.PersonSummary> holders = people.findByIds(personIds);
        TermEnds ends = termEnds.getIfAvailable();
        Map<Long, LocalDate> recorded = ends == null ? Map.of() : ends.expectedEnds(assignmentIds);
        List<ReserveRepository.Candidate> candidates = repository.candidates(
                keyPosts.stream().map(PostHolders.HeldPost::postId).toList(), levels,
                keyPosts.stream().map(PostHolders.HeldPost::unitId).distinct().toList(), reach);
        List<Succession.Row> rows = new ArrayList<>();
        for (PostHolders.HeldPost post : keyPosts) {
            List<Succession.Incumbent> incumbents = post.holders().stream().map(h -> {
                LocalDate end = recorded.get(h.assignmentId());
                PersonLookup.PersonSummary person = holders.get(h.personId());
                return new Succession.Incumbent(h.personId(), person == null ? "" : person.name(), h.since(),
                        end != null ? end : h.since().plusYears(TermEnds.DEFAULT_TERM_YEARS), end != null);
            }).toList();
            List<Succession.Successor> successors = Succession.rank(candidates.stream()
                    .filter(c -> Long.valueOf(post.postId()).equals(c.targetPostId())
                            || (c.targetPostId() == null && c.targetLevel() == post.level()
                                && c.targetUnitId() == post.unitId()))
                    .map(ReserveRepository.Candidate::successor).toList());
            rows.add(new Succession.Row(post.postId(), post.title(), post.level(), post.unitId(), post.unitName(),
                    incumbents, successors));
        }
        return rows;
    }

    List<ReserveEntry> ofPerson(long personId) {
        ReserveRepository.Reach reach = access.readReach();
        return repository.ofPerson(personId).stream().filter(e -> reach.all()
                || reach.unitIds().contains(e.unitId()) || Long.valueOf(personId).equals(reach.selfPersonId()))
                .toList();
    }
}
