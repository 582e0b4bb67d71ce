/**
 * What the API answers, one record per resource, serialised by Jackson in component order. A field that is left
 * out when it has nothing to say carries {@code @JsonInclude}; every other field is written, null included, so a
 * response keeps one shape. The records know the domain, never HTTP: the services in {@code server.api} build them.
 */
package dev.clearance.server.api.response;
