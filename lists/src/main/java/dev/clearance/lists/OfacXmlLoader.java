package dev.clearance.lists;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * OFAC's XML ({@code sdnList} schema of sdn.xml and consolidated.xml, with or without namespace):
 * one {@code sdnEntry} at a time.
 */
final class OfacXmlLoader {
    private OfacXmlLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws XMLStreamException, RefusedInputException {
        String fileName = in.path.getFileName().toString().toLowerCase(Locale.ROOT);
        String list = fileName.contains("cons") || fileName.contains("nonsdn") ? OfacCsvLoader.NON_SDN : OfacCsvLoader.SDN;
        XmlNode.forEachElement(in.stream(), "sdnList", "an OFAC sdnList XML file", (name, r) -> {
            XmlNode node = XmlNode.read(r);
            if (name.equals("sdnEntry")) {
                entry(node, list, in.name, ctx);
            }
        });
    }

    private static void entry(XmlNode e, String list, String file, LoadContext ctx) {
        String uid = e.text("uid");
        if (uid.isEmpty()) {
            ctx.problem(file, e.line, "sdnEntry without uid: skipped");
            return;
        }
        EntityType type = OfacCsvLoader.type(e.text("sdnType"));
        if (type == null) {
            ctx.problem(file, e.line, "sdnEntry " + uid + ": unknown sdnType '" + e.text("sdnType") + "'");
            return;
        }
        EntryBuilder b = new EntryBuilder("ofac", uid, list).type(type);
        b.name(join(e.text("firstName"), e.text("lastName")), ListEntry.Name.Kind.PRIMARY);
        XmlNode akas = e.child("akaList");
        if (akas != null) {
            for (XmlNode aka : akas.all("aka")) {
                ListEntry.Name.Kind kind = aka.text("category").equalsIgnoreCase("weak")
                        ? ListEntry.Name.Kind.WEAK_ALIAS : ListEntry.Name.Kind.ALIAS;
                b.name(join(aka.text("firstName"), aka.text("lastName")), kind);
            }
        }
        XmlNode programs = e.child("programList");
        if (programs != null) {
            for (XmlNode p : programs.all("program")) {
                b.programme(p.text());
            }
        }
        for (XmlNode c : e.descendants("nationality")) {
            b.country(c.text("country"));
        }
        for (XmlNode c : e.descendants("citizenship")) {
            b.country(c.text("country"));
        }
        XmlNode addresses = e.child("addressList");
        if (addresses != null) {
            for (XmlNode a : addresses.all("address")) {
                b.country(a.text("country"));
            }
        }
        for (XmlNode d : e.descendants("dateOfBirthItem")) {
            b.birthDates(d.text("dateOfBirth"));
        }
        XmlNode vessel = e.child("vesselInfo");
        if (vessel != null) {
            b.identifier(IdSchemes.CALL_SIGN, vessel.text("callSign"));
            b.country(vessel.text("vesselFlag"));
        }
        for (XmlNode id : e.descendants("id")) {
            String label = id.text("idType");
            String number = id.text("idNumber");
            if (label.equalsIgnoreCase("Nationality of Registration")) {
                b.country(number);
                continue;
            }
            String scheme = IdSchemes.forLabel(label);
            if (scheme != null) {
                b.identifier(scheme, IdSchemes.value(scheme, number));
            }
        }
        String title = EntryBuilder.clean(e.text("title"));
        if (title != null) {
            b.remark("Title: " + title);
        }
        b.remark(e.text("remarks"));
        ctx.add(b, file, e.line);
    }

    private static String join(String first, String last) {
        return (first + " " + last).strip();
    }
}
