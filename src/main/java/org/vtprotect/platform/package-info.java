/**
 * The web shell every module uses: layout, languages, error handling, security headers, outbound
 * mail and the contract through which each module declares the access rules of its own URLs.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@NullMarked
package org.vtprotect.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
