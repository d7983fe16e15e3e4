package org.cadre.cadres.internal.selection;

import org.cadre.ballots.BallotReaders;
import org.springframework.stereotype.Component;

/**
 * Who reads a selection's democratic-recommendation ballot (recommendation rates per candidate): the selection's
 * readers, whose scope of cadre:read or selection:manage reaches the selection's unit.
 */
@Component
class SelectionBallotReaders implements BallotReaders {

    private final SelectionRepository selections;
    private final SelectionAccess access;

    SelectionBallotReaders(SelectionRepository selections, SelectionAccess access) {
        this.selections = selections;
        this.access = access;
    }

    @Override
    public boolean mayRead(String origin, long ballotId) {
        if (!origin.startsWith(SelectionCommands.ORIGIN_PREFIX)) {
            return false;
        }
        long id;
        try {
            id = Long.parseLong(origin.substring(SelectionCommands.ORIGIN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        return selections.find(id).filter(s -> s.ballotId() != null && s.ballotId() == ballotId)
                .map(s -> access.readReach().reaches(s.unitId())).orElse(false);
    }
}
