package org.cadre.organization.internal;

import org.cadre.organization.PostLevel;

/**
 * A post (岗位/职务) of a unit with its level, track and approved count (职数). An inactive post is closed: it keeps
 * its history but takes no more appointments.
 */
record Post(long id, long unitId, String title, PostLevel level, PostLevel.Track track, int approvedCount,
            boolean keyPost, boolean active, int version) {
}
