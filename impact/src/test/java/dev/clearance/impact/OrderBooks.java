package dev.clearance.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated order books: mixed items, destinations, end uses and dates, reproducible from a seed. */
final class OrderBooks {
    static final String HEADER = "id,from,to,item,date,cas,hs,end_use,end_user,informed";
    static final String HF = "7664-39-3";
    private static final String[][] ITEMS = {{"3C002", ""}, {"3C002.a.2", ""}, {"1C350", HF}, {"1C350", ""},
            {"1C350", "7647-01-0"}, {"1C009.b", ""}, {"2B001", ""}, {"NONE", ""}};
    private static final String[] DESTINATIONS = {"KR", "US", "CN", "TH", "JP", "DE"};
    private static final String[] END_USES = {"civil", "wmd", "conventional-weapons", "unknown"};
    private static final String[] HS = {"", "2811", "0901"};

    private OrderBooks() {
    }

    /** One generated order, as the fields of its CSV row. */
    record Order(String id, String from, String to, String item, LocalDate date, String cas, String hs,
                 String endUse, boolean informed) {
        String csv() {
            return String.join(",", id, from, to, item, date.toString(), cas, hs, endUse, "",
                    Boolean.toString(informed));
        }

        boolean listed() {
            return !item.equals("NONE");
        }
    }

    /** {@code n} orders dated within [first, last]. Korea-bound lines come from Japan and Japan-bound from Korea. */
    static List<Order> generate(long seed, int n, LocalDate first, LocalDate last) {
        Random random = new Random(seed);
        int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String to = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
            String from = to.equals("JP") ? "KR" : to.equals("KR") ? "JP" : random.nextBoolean() ? "JP" : "KR";
            String[] item = ITEMS[random.nextInt(ITEMS.length)];
            boolean unlisted = item[0].equals("NONE");
            orders.add(new Order("L" + i, from, to, item[0], first.plusDays(random.nextInt(span)), item[1],
                    unlisted ? HS[random.nextInt(HS.length)] : "",
                    unlisted ? END_USES[random.nextInt(END_USES.length)] : "civil", random.nextInt(10) == 0));
        }
        return orders;
    }

    static String csv(List<Order> orders) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        orders.forEach(o -> s.append(o.csv()).append('\n'));
        return s.toString();
    }
}
