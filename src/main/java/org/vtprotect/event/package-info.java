/**
 * Meetings and events: registration, attendance, and the statistics the programme reports
 * (distinct participants, entities, Member and observer States).
 */
@ApplicationModule(
        displayName = "Events",
        allowedDependencies = {"platform", "reference", "directory", "account"})
@NullMarked
package org.vtprotect.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
