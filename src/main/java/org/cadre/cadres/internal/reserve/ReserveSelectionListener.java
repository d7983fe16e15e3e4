package org.cadre.cadres.internal.reserve;

import org.cadre.cadres.internal.SelectionEvents;
import org.cadre.organization.PostHolders;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the pool in step with selections, in the transaction of the selection's step: a candidate under inspection
 * moves from the pool to inspection, an appointed one to appointed, a dropped one back to the pool.
 */
@Component
class ReserveSelectionListener {

    private final ReserveRepository repository;
    private final ReserveCommands commands;
    private final PostHolders posts;

    ReserveSelectionListener(ReserveRepository repository, ReserveCommands commands, PostHolders posts) {
        this.repository = repository;
        this.commands = commands;
        this.posts = posts;
    }

    @EventListener
    @Transactional
    public void underInspection(SelectionEvents.CandidateUnderInspection event) {
        for (ReserveEntry entry : repository.activeOf(event.personId())) {
            if (entry.state() == ReserveState.RESERVE) {
                commands.move(entry, ReserveState.UNDER_INSPECTION, null, event.selectionId(), event.day());
            }
        }
    }

    /**
     * Entries under inspection become appointed; an entry still in the pool for the appointed post, or its level, is
     * taken through inspection to appointed (so that its history shows both steps).
     */
    @EventListener
    @Transactional
    public void appointed(SelectionEvents.CandidateAppointed event) {
        var post = posts.post(event.postId(), event.effectiveDate());
        for (ReserveEntry entry : repository.activeOf(event.personId())) {
            boolean forThisPost = Long.valueOf(event.postId()).equals(entry.targetPostId())
                    || post.map(p -> p.level() == entry.targetLevel()).orElse(false);
            if (entry.state() == ReserveState.UNDER_INSPECTION) {
                commands.move(entry, ReserveState.APPOINTED, event.documentNo(), event.selectionId(),
                        event.effectiveDate());
            } else if (forThisPost) {
                commands.move(entry, ReserveState.UNDER_INSPECTION, null, event.selectionId(), event.effectiveDate());
                ReserveEntry moved = repository.find(entry.id()).orElseThrow();
                commands.move(moved, ReserveState.APPOINTED, event.documentNo(), event.selectionId(),
                        event.effectiveDate());
            }
        }
    }

    @EventListener
    @Transactional
    public void dropped(SelectionEvents.CandidateDropped event) {
        for (ReserveEntry entry : repository.activeOf(event.personId())) {
            if (entry.state() == ReserveState.UNDER_INSPECTION) {
                commands.move(entry, ReserveState.RESERVE, null, event.selectionId(), event.day());
            }
        }
    }
}
