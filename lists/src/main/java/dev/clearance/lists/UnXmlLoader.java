package dev.clearance.lists;

import javax.xml.stream.XMLStreamException;

/**
 * The UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST}, sc-sanctions.xsd):
 * {@code INDIVIDUAL} and {@code ENTITY} records, identified by their {@code REFERENCE_NUMBER}.
 */
final class UnXmlLoader {
    static final String LIST = "UN Security Council Consolidated List";

    private UnXmlLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws XMLStreamException, RefusedInputException {
        XmlNode.forEachElement(in.stream(), "CONSOLIDATED_LIST", "a UN consolidated list XML file", (name, r) -> {
            if (name.equals("INDIVIDUAL")) {
                entry(XmlNode.read(r), EntityType.PERSON, in.name, ctx);
            } else if (name.equals("ENTITY")) {
                entry(XmlNode.read(r), EntityType.ORGANIZATION, in.name, ctx);
            }
        });
    }

    private static void entry(XmlNode e, EntityType type, String file, LoadContext ctx) {
        String ref = e.text("REFERENCE_NUMBER");
        String id = ref.isEmpty() ? e.text("DATAID") : ref;
        if (id.isEmpty()) {
            ctx.problem(file, e.line, "record without REFERENCE_NUMBER or DATAID: skipped");
            return;
        }
        EntryBuilder b = new EntryBuilder("un", id, LIST).type(type);
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String p = e.text(part);
            if (!p.isEmpty()) {
                name.append(name.length() > 0 ? " " : "").append(p);
            }
        }
        b.name(name.toString(), ListEntry.Name.Kind.PRIMARY);
        b.name(e.text("NAME_ORIGINAL_SCRIPT"), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
        String aliasTag = type == EntityType.PERSON ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
        for (XmlNode a : e.all(aliasTag)) {
            ListEntry.Name.Kind kind = a.text("QUALITY").equalsIgnoreCase("Low")
                    ? ListEntry.Name.Kind.WEAK_ALIAS : ListEntry.Name.Kind.ALIAS;
            b.name(a.text("ALIAS_NAME"), kind);
        }
        for (XmlNode n : e.all("NATIONALITY")) {
            for (XmlNode v : n.all("VALUE")) {
                b.country(v.text());
            }
        }
        String addressTag = type == EntityType.PERSON ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
        for (XmlNode a : e.all(addressTag)) {
            b.country(a.text("COUNTRY"));
        }
        for (XmlNode d : e.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            String date = d.text("DATE");
            String from = d.text("FROM_YEAR");
            String to = d.text("TO_YEAR");
            if (!date.isEmpty()) {
                b.birthDates(date.length() > 10 ? date.substring(0, 10) : date);
            } else if (!from.isEmpty() && !to.isEmpty()) {
                b.birthDates(from + " to " + to);
            } else {
                b.birthDates(d.text("YEAR"));
            }
        }
        for (XmlNode doc : e.all("INDIVIDUAL_DOCUMENT")) {
            String number = doc.text("NUMBER");
            if (number.isEmpty()) {
                continue;
            }
            String scheme = IdSchemes.forLabel(doc.text("TYPE_OF_DOCUMENT"));
            b.identifier(scheme == null ? IdSchemes.OTHER : scheme, number);
        }
        b.programme(e.text("UN_LIST_TYPE"));
        b.remark(e.text("COMMENTS1"));
        ctx.add(b, file, e.line);
    }
}
