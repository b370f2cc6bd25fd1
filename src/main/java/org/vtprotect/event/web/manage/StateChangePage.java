package org.vtprotect.event.web.manage;

import org.vtprotect.event.EventView;

/** The question before an event changes state: this event, to that state ({@code target} a state name). */
public record StateChangePage(EventView event, String target, String targetLabel) {}
