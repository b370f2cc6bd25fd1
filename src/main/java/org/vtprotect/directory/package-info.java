/**
 * Organisations ("entities") and people: the shared record of who took part, used by every module
 * that counts participants, members or beneficiaries.
 */
@ApplicationModule(
        displayName = "Directory",
        allowedDependencies = {"platform", "reference"})
@NullMarked
package org.vtprotect.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
