/**
 * Reference data: countries and areas with their UN status and M49 regions, languages, and the
 * taxonomy of target types, threat types, themes, actor types, phases, organisation and event types.
 */
@ApplicationModule(
        displayName = "Reference data",
        allowedDependencies = {"platform"})
@NullMarked
package org.vtprotect.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
