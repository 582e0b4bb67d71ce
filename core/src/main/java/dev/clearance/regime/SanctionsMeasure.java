package dev.clearance.regime;

import java.util.List;

/**
 * A sanctions measure layered over dual-use licensing: whether the export may happen at all, and who
 * decides (Regulation 833/2014 Art. 2 for Russia, FEFTA Art. 48(3), 15 CFR 746.8 ...). Read from the
 * regime's sanctions file ({@code regimes/sanctions/<regime>.yaml}); every measure is dated and sourced.
 *
 * @param status        CONFIRMED (read in a primary or official source), CHECK (secondary sources: applied,
 *                      and the answer it decides is {@code check}) or UNCONFIRMED (never decided on: shown,
 *                      and a destination it may reach is {@code check})
 * @param destinations  countries it reaches by name
 * @param groups        groups of the regime it reaches (US Country Group D:5, Japan's Group A ...): a country in one
 *                      of them on the request's day is reached, so a change of the group's members is followed
 *                      rather than a copy of its list kept here
 * @param worldwide     true when it reaches every destination but those {@code except} names (15 CFR 744.23(a)(3):
 *                      "any destination other than those specified in Country Groups D:1, D:4, or D:5"); then
 *                      {@code destinations} and {@code groups} are empty
 * @param except        destinations it does not reach (countries, groups on the day), empty for none
 * @param exceptUnless  of those, the ones it reaches still ("excluding any destination also specified in Country
 *                      Groups A:5 or A:6"), empty for none
 * @param headquarters  where an end user, or its ultimate parent, must be headquartered for it to reach the export
 *                      (Macau or Country Group D:5); empty for any end user. A request that does not say is a doubt
 * @param regions       regions of those countries it is limited to (Crimea, the so-called DNR and LNR);
 *                      empty for the whole country. The request names a country only, so a measure limited
 *                      to regions is shown as a CHECK, never applied to the whole country.
 * @param endUses       end uses it is limited to (military end use: wmd, conventional-weapons); empty for any
 * @param policy        how an application is treated under a {@link Effect#LICENCE} measure; may be null
 * @param authority     who decides (another authority than the regime's own, or who grants derogations)
 * @param authorisation what the other authority grants, offered as the only option under {@link Effect#AUTHORITY}
 * @param note          what is not known about it, may be empty
 */
public record SanctionsMeasure(String code, String title, Period period, Status status, List<String> destinations,
                               List<String> groups, boolean worldwide, Places except, Places exceptUnless,
                               Places headquarters, List<String> regions, ItemScope items, List<String> endUses,
                               Effect effect, LicencePolicy policy, String authority, String authorisation,
                               List<Derogation> derogations, String note, String source) {
    public SanctionsMeasure {
        destinations = List.copyOf(destinations);
        groups = List.copyOf(groups);
        except = except == null ? Places.NONE : except;
        exceptUnless = exceptUnless == null ? Places.NONE : exceptUnless;
        headquarters = headquarters == null ? Places.NONE : headquarters;
        regions = List.copyOf(regions);
        endUses = List.copyOf(endUses);
        derogations = List.copyOf(derogations);
        note = note == null ? "" : note;
    }

    /** The same measure ending on {@code day} (a scenario lifts it), its source saying so. */
    public SanctionsMeasure endingOn(java.time.LocalDate day, String why) {
        return new SanctionsMeasure(code, title, new Period(period.from(), day), status, destinations, groups, worldwide,
                except, exceptUnless, headquarters, regions, items, endUses, effect, policy, authority, authorisation,
                derogations, note, source + "; lifted from " + day + " [" + why + "]");
    }

    /** Countries by name and groups of the regime, followed on the day rather than copied. */
    public record Places(List<String> countries, List<String> groups) {
        public static final Places NONE = new Places(List.of(), List.of());

        public Places {
            countries = List.copyOf(countries);
            groups = List.copyOf(groups);
        }

        public boolean isEmpty() {
            return countries.isEmpty() && groups.isEmpty();
        }

        /**
         * True when {@code country} is named, or in a group of {@code regime} that holds it on {@code day} (a residual
         * group by its rule; an unconfirmed membership never counts).
         */
        public boolean holds(Regime regime, String country, java.time.LocalDate day) {
            return holds(countries, groups, regime, country, day);
        }

        static boolean holds(List<String> countries, List<String> groups, Regime regime, String country,
                             java.time.LocalDate day) {
            if (countries.contains(country)) {
                return true;
            }
            for (String code : groups) {
                CountryGroup g = regime.group(code).orElse(null);
                if (g == null || !g.period().contains(day)) {
                    continue;
                }
                // A group's own members are read directly (the common case, on every determination); only a residual
                // group needs the country's whole standing.
                if (g.isResidual() ? regime.standing(country, day).inAny(List.of(code)) : g.counts(country, day)) {
                    return true;
                }
            }
            return false;
        }

        /** In words: the countries and groups. */
        public String describe() {
            List<String> out = new java.util.ArrayList<>(countries);
            groups.forEach(g -> out.add("group " + g));
            return String.join(", ", out);
        }
    }

    /** How sure the measure is. */
    public enum Status {
        CONFIRMED, CHECK, UNCONFIRMED
    }

    /** What the measure does to an export it reaches. */
    public enum Effect {
        /** No licence type can authorise it; only named derogations. */
        PROHIBITED,
        /** A licence is required, under the measure's policy. */
        LICENCE,
        /** Another authority decides (OFAC for Iran; the Minister of Unification for North Korea). */
        AUTHORITY,
        /** The exporter notifies the authority, which decides. */
        NOTIFY;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An exception to a prohibition, granted by an authority for a listed purpose (shown as a CHECK note). */
    public record Derogation(String text, String authority, String source) {
    }

    /**
     * The goods a measure reaches.
     *
     * @param kind            every good; goods on the regime's control list; or goods by HS code
     * @param entries         LISTED: only these entries (prefixes); empty for every entry
     * @param entriesComplete LISTED: false when {@code entries} are examples of a list not held in full
     *                        (another entry may be on it: CHECK)
     * @param lists           LISTED: only entries of these multilateral lists (NSG, MTCR ...); empty for any
     * @param reasons         LISTED: only entries controlled for one of these reasons (the EAR's NS, NP, MT, CB ...,
     *                        as the entry's reasons for control give them); empty for any
     * @param hs              HS: codes or prefixes (chapters, headings, subheadings)
     * @param held            HS: {@code hs} is the list itself, so a code on it is caught and one off it is
     *                        not; false when the list's contents are not held and {@code hs} only says where
     *                        it reaches (a code there may be on it: applied conservatively, CHECK)
     * @param bounded         HS, not held: the list lies within {@code hs}; false when it may reach beyond
     *                        (a code elsewhere is still CHECK)
     * @param list            the list's name, for the answer (Annex VII, Appended Table 2-3 ...)
     */
    public record ItemScope(Kind kind, List<String> entries, boolean entriesComplete, List<String> lists,
                            List<String> reasons, List<String> hs, boolean held, boolean bounded, String list) {
        public ItemScope {
            entries = List.copyOf(entries);
            lists = List.copyOf(lists);
            reasons = List.copyOf(reasons);
            hs = List.copyOf(hs);
            list = list == null ? "" : list;
        }

        public enum Kind {
            ALL, LISTED, HS
        }

        /** In words, for views and traces. */
        public String describe() {
            return switch (kind) {
                case ALL -> "all goods";
                case LISTED -> (entries.isEmpty() ? "every control-list entry" : "entries " + String.join(", ", entries)
                        + (entriesComplete ? "" : " and others of " + list + " (not held)"))
                        + (lists.isEmpty() ? "" : " of the " + String.join("/", lists) + " lists")
                        + (reasons.isEmpty() ? "" : " controlled for " + String.join("/", reasons));
                case HS -> (list.isEmpty() ? "goods" : list) + " by HS code"
                        + (hs.isEmpty() ? "" : " " + String.join(", ", hs)) + (held ? "" : " (contents not held"
                        + (bounded ? ")" : "; may reach other codes)"));
            };
        }
    }

    /**
     * True when the measure names {@code country}, or a group of {@code regime} that holds it on {@code day}, or reaches
     * every destination but its exceptions and {@code country} is not one of them.
     */
    public boolean reaches(Regime regime, String country, java.time.LocalDate day) {
        boolean named = worldwide || Places.holds(destinations, groups, regime, country, day);
        if (!named || except.isEmpty() || !except.holds(regime, country, day)) {
            return named;
        }
        return exceptUnless.holds(regime, country, day);
    }

    /** Where it reaches, in words: the countries and groups it names. */
    public String describeDestinations() {
        String named = worldwide ? "every destination" : new Places(destinations, groups).describe();
        return named + (except.isEmpty() ? "" : " except " + except.describe() + (exceptUnless.isEmpty() ? ""
                : " (unless also in " + exceptUnless.describe() + ")"));
    }

    /** The measure in one line, for views and traces. */
    public String describe() {
        return title + ": " + effect.word() + (policy == null ? "" : " (policy: " + policy.word() + ")")
                + (authority == null ? "" : ", " + authority) + "; " + items.describe() + " to "
                + describeDestinations() + (regions.isEmpty() ? "" : " (" + String.join(", ", regions) + ")")
                + (endUses.isEmpty() ? "" : " for end use " + String.join("/", endUses))
                + (headquarters.isEmpty() ? "" : " for an end user headquartered (or whose ultimate parent is) in "
                + headquarters.describe()) + " " + period
                + (status == Status.CONFIRMED ? "" : " [" + status + "]");
    }
}
