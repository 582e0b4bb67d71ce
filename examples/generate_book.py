#!/usr/bin/env python3
"""Writes a generated order book to standard output: python3 examples/generate_book.py [LINES] [SEED] > book.csv

Lines dated 2019-01-01..2023-12-31 over listed items (3C002, 3C002.a.2, 1C350 with and without HF's CAS number,
1C009.b, 2B001) and unlisted goods, to KR, US, CN, TH, JP, DE; Korea-bound lines come from Japan, Japan-bound
from Korea; five consignees per side. Reproducible from the seed."""
import datetime
import random
import sys

lines = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)
items = [("3C002", ""), ("3C002.a.2", ""), ("1C350", "7664-39-3"), ("1C350", ""), ("1C009.b", ""), ("2B001", ""),
         ("NONE", "")]
destinations = ["KR", "US", "CN", "TH", "JP", "DE"]
japan = ["Sony", "Toshiba Memory", "JSR", "Kioxia", "Renesas"]
others = ["Samsung", "SK Hynix", "Intel", "TSMC Arizona", "Bosch"]
first = datetime.date(2019, 1, 1)
span = (datetime.date(2023, 12, 31) - first).days + 1
out = sys.stdout
out.write("id,from,to,item,date,cas,hs,end_use,end_user,informed,consignee\n")
for i in range(lines):
    to = r.choice(destinations)
    frm = "KR" if to == "JP" else "JP" if to == "KR" else r.choice(["JP", "KR"])
    item, cas = r.choice(items)
    day = first + datetime.timedelta(days=r.randrange(span))
    hs = r.choice(["", "2811", "0901"]) if item == "NONE" else ""
    end_use = r.choice(["civil", "wmd", "conventional-weapons", "unknown"]) if item == "NONE" else "civil"
    informed = str(r.random() < 0.1).lower()
    consignee = r.choice(japan if to == "JP" else others)
    out.write(f"L{i},{frm},{to},{item},{day},{cas},{hs},{end_use},,{informed},{consignee}\n")
