package org.vtprotect.event;

import java.util.UUID;

/** Small factories for event tests: unique titles, JSON bodies a client would send. */
final class EventFixtures {

    private EventFixtures() {}

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A public in-person meeting in Vienna, with the given title, dates and capacity (null: unlimited). */
    static String eventJson(String title, String start, String end, Integer capacity) {
        return """
                {"title":"%s","type":"EXPERT_GROUP_MEETING","startDate":"%s","endDate":"%s",
                 "timeZone":"Europe/Vienna","format":"IN_PERSON","venue":{"city":"Vienna","countryIso3":"AUT"},
                 "description":"Good practices","themes":[],"targetTypes":[],"organiserIds":[],
                 "visibility":"PUBLIC","capacity":%s,"languages":["en","fr"]}
                """.formatted(title, start, end, capacity == null ? "null" : capacity.toString());
    }
}
