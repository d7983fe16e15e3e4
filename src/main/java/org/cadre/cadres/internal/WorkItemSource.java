package org.cadre.cadres.internal;

import java.time.LocalDate;
import java.util.List;

import org.cadre.identity.DataScope;

/**
 * A part of the cadres module that has deadlines implements this as a bean; the work queue, the home page panel and
 * the daily notifications collect every source. Each source chooses its own look-ahead window (e.g. probations
 * ending within 30 days) and includes what is overdue; it filters by the scope in its SQL.
 */
public interface WorkItemSource {

    List<WorkItem> workItems(LocalDate today, DataScope scope);
}
