package org.vtprotect.network;

/**
 * The signed-in expert's own profile, every field, with the version an edit must name and whether
 * they said they are available (the profile's availability is as of today, the until-date applied).
 */
public record MyProfile(ExpertProfile profile, long version, boolean available) {}
