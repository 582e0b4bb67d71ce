package dev.clearance.lists;

import javax.xml.stream.XMLStreamException;

/**
 * The EU Financial Sanctions Files XML ({@code export} root, one {@code sanctionEntity} per listed
 * person or enterprise), identified by {@code euReferenceNumber} (else {@code logicalId}).
 */
final class EuFsfXmlLoader {
    static final String LIST = "EU Financial Sanctions (FSF)";

    private EuFsfXmlLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws XMLStreamException, RefusedInputException {
        XmlNode.forEachElement(in.stream(), "export", "an EU financial sanctions XML file", (name, r) -> {
            XmlNode node = XmlNode.read(r);
            if (name.equals("sanctionEntity")) {
                entry(node, in.name, ctx);
            }
        });
    }

    private static void entry(XmlNode e, String file, LoadContext ctx) {
        String ref = e.attr("euReferenceNumber");
        String id = ref.isEmpty() ? e.attr("logicalId") : ref;
        if (id.isEmpty()) {
            ctx.problem(file, e.line, "sanctionEntity without euReferenceNumber or logicalId: skipped");
            return;
        }
        XmlNode subject = e.child("subjectType");
        String code = subject == null ? "" : subject.attr("code");
        EntityType type = switch (code) {
            case "person" -> EntityType.PERSON;
            case "enterprise" -> EntityType.ORGANIZATION;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> null;
        };
        if (type == null) {
            ctx.problem(file, e.line, "sanctionEntity " + id + ": unknown subjectType code '" + code + "'");
            return;
        }
        EntryBuilder b = new EntryBuilder("eu", id, LIST).type(type);
        for (XmlNode n : e.all("nameAlias")) {
            String whole = n.attr("wholeName");
            if (whole.isEmpty()) {
                whole = (n.attr("firstName") + " " + n.attr("middleName") + " " + n.attr("lastName")).strip();
            }
            ListEntry.Name.Kind kind = n.attr("strong").equals("false") ? ListEntry.Name.Kind.WEAK_ALIAS
                    : b.hasNames() ? ListEntry.Name.Kind.ALIAS : ListEntry.Name.Kind.PRIMARY;
            b.name(whole, kind);
        }
        for (XmlNode c : e.all("citizenship")) {
            country(c, b);
        }
        for (XmlNode a : e.all("address")) {
            country(a, b);
        }
        for (XmlNode d : e.all("birthdate")) {
            String date = d.attr("birthdate");
            if (date.isEmpty()) {
                String year = d.attr("year");
                String month = d.attr("monthOfYear");
                date = year.isEmpty() ? "" : month.isEmpty() ? year : year + "-" + month;
            }
            b.birthDates(date);
        }
        for (XmlNode i : e.all("identification")) {
            String scheme = IdSchemes.forLabel(i.attr("identificationTypeCode"));
            if (scheme == null) {
                scheme = IdSchemes.forLabel(i.attr("identificationTypeDescription"));
            }
            String number = i.attr("number").isEmpty() ? i.attr("latinNumber") : i.attr("number");
            b.identifier(scheme == null ? IdSchemes.OTHER : scheme, IdSchemes.value(scheme, number));
        }
        for (XmlNode reg : e.all("regulation")) {
            b.programme(reg.attr("programme"));
        }
        for (XmlNode remark : e.all("remark")) {
            b.remark(remark.text());
        }
        ctx.add(b, file, e.line);
    }

    private static void country(XmlNode n, EntryBuilder b) {
        String iso = n.attr("countryIso2Code");
        if (!iso.isEmpty() && !iso.equals("00")) {
            b.country(iso);
        } else {
            b.country(n.attr("countryDescription"));
        }
    }
}
