package org.vtprotect.network.internal;
/** A part of the network module that holds personal data about a member: it exports and erases its share. */
public interface MemberData {
    /** The key of this part in the member's export. */
    String part();
    /** What this part holds about the member, as JSON-ready values (maps, lists, strings, numbers, booleans). */
    Object export(ExpertMember member);
    /** Removes or anonymises what names the member, keeping what figures count; runs in the erasure's transaction, before the member row itself is erased. */
    void erase(ExpertMember member);
}
