package org.cadre.assessment.internal;

import org.cadre.ballots.BallotReaders;
import org.cadre.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who reads a cycle's democratic-appraisal ballot (its ratings of every appraisee, its turnout): whoever reads the
 * cycle's results for the whole company (assessment:read, manage or decide granted company-wide). The ballot rates
 * every appraisee of the cycle, so a reader whose scope reaches only some units reads those appraisees' scores on the
 * cycle's pages, not the whole ballot.
 */
@Component
class AppraisalBallotReaders implements BallotReaders {

    private final AssessmentAccess access;

    AppraisalBallotReaders(AssessmentAccess access) {
        this.access = access;
    }

    @Override
    public boolean mayRead(String origin, long ballotId) {
        return origin.startsWith(Cycle.ORIGIN_PREFIX) && (access.companyWide(Permissions.ASSESSMENT_READ)
                || access.companyWide(Permissions.ASSESSMENT_MANAGE) || access.companyWide(Permissions.ASSESSMENT_DECIDE));
    }
}
