#!/usr/bin/env python3
"""Held-out synthetic registry for evaluating patient search and duplicate detection.

Writes DIR/patients.csv (the izdesk-server import format), DIR/truth.csv (which records are the
same person, twins/multiples, Jr/Sr pairs, households) and DIR/queries.jsonl (what callers say
about people on file, with the errors applied). Deterministic for a given --seed and --today.

    python3 make_registry.py --people 10000 --seed 7001 --out /tmp/heldout
"""

import argparse
import bisect
import csv
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ next to the kit
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import namedata  # noqa: E402

STATE = "IL"
PATIENT_COLUMNS = ["source_id", "first_name", "middle_name", "last_name", "suffix", "birth_date", "sex",
                   "mother_maiden_name", "street", "city", "state", "zip", "phone", "birth_file_number", "mrn",
                   "mrn_facility", "birth_order"]
TRUTH_COLUMNS = ["source_id", "person_id", "role", "household_id", "twin_set", "jr_sr_pair", "tags", "errors",
                 "first_name", "middle_name", "last_name", "suffix", "birth_date", "sex"]
STYLES = (("W", 58), ("H", 22), ("B", 13), ("A", 7))


class Weighted:
    """Draws items in proportion to their weights."""

    def __init__(self, pairs):
        self.items = []
        self.cumulative = []
        total = 0.0
        for item, weight in pairs:
            if weight <= 0:
                continue
            total += weight
            self.items.append(item)
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total) % len(self.items)]


def weighted_choice(rng, pairs):
    return Weighted(pairs).pick(rng)


# Keyboard typos

KEY_ROWS = ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]


def _keyboard_neighbours():
    """Keys next to each letter on a QWERTY keyboard (each row sits half a key right of the one above)."""
    where = {ch: (r, c) for r, row in enumerate(KEY_ROWS) for c, ch in enumerate(row)}
    table = {}
    for ch, (r, c) in where.items():
        near = []
        for other, (r2, c2) in where.items():
            if other == ch:
                continue
            if (r2 == r and abs(c2 - c) == 1) or (r2 == r - 1 and c2 in (c, c + 1)) or (r2 == r + 1 and c2 in (c - 1, c)):
                near.append(other)
        table[ch] = near
    return table


NEIGHBOURS = _keyboard_neighbours()


def typo(rng, name):
    """One keyboard slip: a neighbouring key, two letters transposed, a letter dropped or doubled."""
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    if len(letters) < 2:
        return None
    for _ in range(30):
        # Slips rarely hit the first letter, and then as a neighbouring key.
        if rng.random() < 0.05:
            op, i = "sub", letters[0]
        else:
            op = weighted_choice(rng, [("sub", 35), ("swap", 25), ("drop", 25), ("double", 15)])
            i = rng.choice(letters[1:])
        out = None
        if op == "sub":
            near = NEIGHBOURS.get(name[i])
            if near:
                out = name[:i] + rng.choice(near) + name[i + 1:]
        elif op == "swap":
            if i + 1 < len(name) and name[i + 1].isalpha() and name[i + 1] != name[i]:
                out = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        elif op == "drop":
            if len(letters) >= 4:
                out = name[:i] + name[i + 1:]
        else:
            out = name[:i + 1] + name[i] + name[i + 1:]
        if out and out != name:
            return out
    return None


# Dates of birth

def _valid(year, month, day, today):
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d if d <= today else None


def dob_day_off(rng, d, today):
    """The day misremembered by 1 to 10 (same month where possible)."""
    for _ in range(30):
        k = rng.randint(1, 10) * rng.choice((-1, 1))
        nd = _valid(d.year, d.month, d.day + k, today) if 1 <= d.day + k <= 31 else None
        if nd is None:
            nd = d + dt.timedelta(days=k)
            if nd > today:
                continue
        if nd != d:
            return nd
    return None


def dob_year_off(rng, d, today):
    for k in rng.sample((-1, 1), 2):
        nd = _valid(d.year + k, d.month, d.day, today) or _valid(d.year + k, d.month, d.day - 1, today)
        if nd:
            return nd
    return None


def dob_month_day_swapped(rng, d, today):
    if d.day > 12 or d.day == d.month:
        return None
    return _valid(d.year, d.day, d.month, today)


def dob_transposed(rng, d, today):
    """Two adjacent digits of the day, the month or the year's last two digits swapped."""
    options = []
    day = "%02d" % d.day
    month = "%02d" % d.month
    year = "%04d" % d.year
    if day[0] != day[1]:
        options.append(_valid(d.year, d.month, int(day[::-1]), today))
    if month[0] != month[1]:
        options.append(_valid(d.year, int(month[::-1]), d.day, today))
    if year[2] != year[3]:
        options.append(_valid(int(year[:2] + year[3] + year[2]), d.month, d.day, today))
    options = [o for o in options if o and o != d]
    return rng.choice(options) if options else None


DOB_ERRORS = {"dob_day": dob_day_off, "dob_year": dob_year_off, "dob_month_day_swap": dob_month_day_swapped,
              "dob_transposed": dob_transposed}



class Names:
    def __init__(self):
        self.surnames = {}
        rows = namedata.surnames()
        for style, _ in STYLES:
            self.surnames[style] = Weighted((name, w) for name, w, styles in rows if style in styles)
        self.any_surname = Weighted((name, w) for name, w, _ in rows)
        self.given = {}
        for sex in "MF":
            for era in ("kid", "adult"):
                rows = namedata.given_names(sex, era)
                for style, _ in STYLES:
                    # Names typical of a community weigh more inside it than their national count says.
                    pairs = [(n, w * (1.0 if len(s) == 4 else 3.0)) for n, w, s in rows if style in s]
                    self.given[(sex, era, style)] = Weighted(pairs)
        self.middle = {sex: Weighted(namedata.middle_names(sex)) for sex in "MF"}
        self.nicknames = namedata.nicknames()
        self.given_variants = namedata.variant_groups(namedata.PHONETIC_GIVEN)
        self.surname_variants = namedata.variant_groups(namedata.PHONETIC_SURNAME)
        self.places = Weighted((p, p[1]) for p in namedata.places())
        self.streets = namedata.street_names()
        self.street_types = Weighted(((short, long_), w) for short, long_, w in namedata.STREET_TYPES)


class Generator:
    def __init__(self, seed, today):
        self.rng = random.Random(seed)
        self.today = today
        self.names = Names()
        self.persons = []
        self.households = 0
        self.twin_sets = 0
        self.jr_pairs = 0
        self.bfn_seq = {}
        self.mrn_seen = set()

    # small pieces
    def style(self):
        return weighted_choice(self.rng, STYLES)

    def surname(self, style):
        return self.names.surnames[style].pick(self.rng)

    def given(self, sex, era, style, avoid=()):
        for _ in range(50):
            name = self.names.given[(sex, era, style)].pick(self.rng)
            if name not in avoid:
                return name
        return name

    def middle(self, sex, era, style, first):
        rng = self.rng
        if rng.random() < (0.12 if era == "kid" else 0.30):
            return ""
        for _ in range(20):
            m = self.names.middle[sex].pick(rng) if rng.random() < 0.6 else self.given(sex, era, style)
            if m != first:
                return m
        return ""

    def place(self):
        city, _, codes, zips = self.names.places.pick(self.rng)
        return city, self.rng.choice(codes), self.rng.choice(zips)

    def street(self):
        rng = self.rng
        number = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                             rng.randint(1000, 9999), rng.randint(10000, 12999)])
        direction = rng.choice(["N ", "S ", "E ", "W ", "", "", "", ""])
        name = rng.choice(self.names.streets)
        short, _ = self.names.street_types.pick(rng)
        unit = ""
        if rng.random() < 0.22:
            unit = rng.choice([" APT %d" % rng.randint(1, 30), " APT %d%s" % (rng.randint(1, 9), rng.choice("ABCD")),
                               " UNIT %d" % rng.randint(1, 400), " #%d" % rng.randint(1, 40)])
        return "%d %s%s %s%s" % (number, direction, name, short, unit)

    def phone_digits(self, area):
        rng = self.rng
        exchange = rng.randint(201, 989)
        while exchange % 100 == 11:
            exchange = rng.randint(201, 989)
        return "%s%03d%04d" % (area, exchange, rng.randint(0, 9999))

    def format_phone(self, digits):
        form = self.rng.choice(["({0}) {1}-{2}", "{0}-{1}-{2}", "{0}{1}{2}", "{0}.{1}.{2}", "{0}-{1}-{2}"])
        return form.format(digits[:3], digits[3:6], digits[6:])

    def bfn(self, dob):
        seq = self.bfn_seq.get(dob.year)
        if seq is None:
            seq = self.rng.randint(1000, 90000)
        seq += self.rng.randint(1, 40)
        self.bfn_seq[dob.year] = seq
        return "%d%07d" % (dob.year, seq)

    def mrn(self):
        while True:
            value = str(self.rng.randint(1000000, 99999999))
            if value not in self.mrn_seen:
                self.mrn_seen.add(value)
                return value

    def facility(self):
        return "IL%04d" % (self.rng.randrange(namedata.FACILITY_COUNT) * 37 % 9000 + 100)

    def random_dob(self, min_age_days, max_age_days):
        return self.today - dt.timedelta(days=self.rng.randint(min_age_days, max_age_days))

    # people
    def person(self, hh, sex, first, middle, last, dob, role, mmn):
        p = {
            "person_id": "P%06d" % (len(self.persons) + 1),
            "household_id": hh["id"], "role": role, "style": hh["style"],
            "first": first, "middle": middle, "last": last, "suffix": "",
            "dob": dob, "sex": sex, "mmn": mmn,
            "street": hh["street"], "city": hh["city"], "zip": hh["zip"], "phone": hh["phone"],
            "area": hh["area"], "bfn": "", "birth_order": 0, "twin_set": "", "jr_sr_pair": "",
            "facility": hh["facility"], "mrn": "",
        }
        return p

    def household(self):
        rng = self.rng
        self.households += 1
        style = self.style()
        city, area, zipcode = self.place()
        hh = {"id": "H%06d" % self.households, "style": style, "city": city, "area": area, "zip": zipcode,
              "street": self.street(), "phone": self.phone_digits(area), "facility": self.facility()}
        members = []
        father_last = self.surname(style)
        maiden_style = style if rng.random() < 0.85 else self.style()
        mother_maiden = self.surname(maiden_style)
        while mother_maiden == father_last:
            mother_maiden = self.surname(maiden_style)

        if rng.random() < 0.08:  # adults only: a young adult or a couple without children on file
            sex = rng.choice("MF")
            last = father_last if sex == "M" or rng.random() < 0.5 else mother_maiden
            first = self.given(sex, "adult", style)
            members.append(self.person(hh, sex, first, self.middle(sex, "adult", style, first), last,
                                       self.random_dob(19 * 365, 75 * 365), "adult",
                                       self.surname(style) if rng.random() < 0.35 else ""))
            if rng.random() < 0.25:
                other = "F" if sex == "M" else "M"
                first2 = self.given(other, "adult", style)
                members.append(self.person(hh, other, first2, self.middle(other, "adult", style, first2), last,
                                           members[0]["dob"] + dt.timedelta(days=rng.randint(-2500, 2500)),
                                           "adult", self.surname(style) if rng.random() < 0.35 else ""))
            for m in members:
                if m["dob"] > self.today - dt.timedelta(days=18 * 365):
                    m["dob"] = self.today - dt.timedelta(days=19 * 365)
            return members

        partnered = rng.random() < 0.72
        household_last = father_last if partnered else mother_maiden
        hyphenate = partnered and " " not in father_last and " " not in mother_maiden and (
            rng.random() < (0.35 if style == "H" else 0.03))
        child_last = "%s-%s" % (father_last, mother_maiden) if hyphenate else household_last

        count = weighted_choice(rng, [(1, 30), (2, 35), (3, 20), (4, 10), (5, 5)])
        oldest = self.random_dob(0, 18 * 365 + 200)
        births = []
        when = oldest
        for _ in range(count):
            if when > self.today:
                break
            size = 1
            if rng.random() < 0.015:
                size = 3 if rng.random() < 0.04 else 2
            births.append((when, size))
            when = when + dt.timedelta(days=rng.randint(330, 2000))

        used_names = set()
        children = []
        for dob, size in births:
            if size == 1:
                sex = "M" if rng.random() < 0.51 else "F"
                first = self.given(sex, "kid", style, used_names)
                used_names.add(first)
                c = self.person(hh, sex, first, self.middle(sex, "kid", style, first), child_last, dob, "child",
                                mother_maiden)
                children.append(c)
                continue
            self.twin_sets += 1
            set_id = "T%05d" % self.twin_sets
            same_name = size == 2 and rng.random() < 0.30
            if same_name:
                sex = "M" if rng.random() < 0.5 else "F"
                sexes = [sex, sex]
            elif rng.random() < 0.66:
                sex = "M" if rng.random() < 0.5 else "F"
                sexes = [sex] * size
            else:
                sexes = [rng.choice("MF") for _ in range(size)]
                if len(set(sexes)) == 1:
                    sexes[-1] = "F" if sexes[0] == "M" else "M"
            kids = []
            shared = None
            for order, sex in enumerate(sexes, start=1):
                if same_name:
                    if shared is None:
                        shared = self.given(sex, "kid", style, used_names)
                    first = shared
                else:
                    first = self.given(sex, "kid", style, used_names)
                used_names.add(first)
                taken = {k["middle"] for k in kids}
                middle = ""
                for _ in range(30):
                    middle = self.middle(sex, "kid", style, first)
                    if middle and middle not in taken:
                        break
                if same_name and not middle:
                    middle = self.names.middle[sex].pick(rng)
                c = self.person(hh, sex, first, middle, child_last, dob, "child", mother_maiden)
                c["twin_set"] = set_id
                c["birth_order"] = order
                kids.append(c)
            if same_name and rng.random() < 0.35:
                # A clerk kept only the first name or an initial for one of them.
                victim = rng.choice(kids)
                victim["middle"] = "" if rng.random() < 0.55 else victim["middle"][0]
            children.extend(kids)

        # Birth-file numbers: most children were born in the state; twins get consecutive numbers.
        for c in children:
            if c["twin_set"]:
                continue
            if rng.random() < 0.88:
                c["bfn"] = self.bfn(c["dob"])
        by_set = {}
        for c in children:
            if c["twin_set"]:
                by_set.setdefault(c["twin_set"], []).append(c)
        for kids in by_set.values():
            if rng.random() < 0.95:
                for c in kids:
                    c["bfn"] = self.bfn(c["dob"])
                if rng.random() < 0.25:
                    rng.choice(kids)["bfn"] = ""

        members.extend(children)
        if not children:
            return members
        mother_dob = children[0]["dob"] - dt.timedelta(days=rng.randint(18 * 365, 40 * 365))
        mother_last = household_last if partnered and rng.random() < 0.8 else mother_maiden
        mother_first = self.given("F", "adult", style)
        mother = self.person(hh, "F", mother_first, self.middle("F", "adult", style, mother_first), mother_last,
                             mother_dob, "mother", self.surname(style) if rng.random() < 0.35 else "")
        father = None
        if partnered:
            father_first = self.given("M", "adult", style)
            father = self.person(hh, "M", father_first, self.middle("M", "adult", style, father_first), father_last,
                                 mother_dob + dt.timedelta(days=rng.randint(-6 * 365, 2 * 365)), "father",
                                 self.surname(style) if rng.random() < 0.35 else "")
        jr = None
        if father is not None and not hyphenate and rng.random() < 0.045:
            sons = [c for c in children if c["sex"] == "M" and not c["twin_set"]]
            if sons:
                jr = sons[0]
                if not father["middle"]:
                    father["middle"] = self.names.middle["M"].pick(rng)
                jr["first"], jr["middle"] = father["first"], father["middle"]
                father["dob"] = jr["dob"] - dt.timedelta(days=rng.randint(20 * 365, 40 * 365))
                self.jr_pairs += 1
                pair = "J%05d" % self.jr_pairs
                jr["suffix"], father["suffix"] = "JR", "SR"
                jr["jr_sr_pair"] = father["jr_sr_pair"] = pair
                if rng.random() < 0.25:
                    (jr if rng.random() < 0.6 else father)["suffix"] = ""
        if rng.random() < 0.14:
            members.append(mother)
        if father is not None and (jr is not None or rng.random() < 0.07):
            members.append(father)
        return members

    def populate(self, people):
        while len(self.persons) < people:
            for p in self.household():
                if len(self.persons) >= people:
                    break
                p["person_id"] = "P%06d" % (len(self.persons) + 1)
                self.persons.append(p)
        # A set or pair cut short by the last household is no longer one.
        for key in ("twin_set", "jr_sr_pair"):
            counts = {}
            for p in self.persons:
                if p[key]:
                    counts[p[key]] = counts.get(p[key], 0) + 1
            for p in self.persons:
                if p[key] and counts[p[key]] < 2:
                    p[key] = ""
                    if key == "twin_set":
                        p["birth_order"] = 0
        for p in self.persons:
            if p["role"] in ("mother", "father", "adult") and self.rng.random() < 0.25:
                p["bfn"] = self.bfn(p["dob"])
            if self.rng.random() < 0.55:
                p["mrn"] = self.mrn()

    # records
    def original_record(self, p):
        rng = self.rng
        r = {
            "first_name": p["first"], "middle_name": p["middle"], "last_name": p["last"], "suffix": p["suffix"],
            "birth_date": p["dob"], "sex": p["sex"] if rng.random() > 0.005 else "U",
            "mother_maiden_name": p["mmn"] if rng.random() < (0.78 if p["role"] == "child" else 1.0) else "",
            "street": p["street"], "city": p["city"], "state": STATE, "zip": p["zip"],
            "phone": p["phone"] if rng.random() < 0.92 else "",
            "birth_file_number": p["bfn"], "mrn": p["mrn"], "mrn_facility": p["facility"] if p["mrn"] else "",
            "birth_order": p["birth_order"] if p["birth_order"] and rng.random() < 0.8 else 0,
        }
        if rng.random() < 0.03:
            r["street"] = r["city"] = r["zip"] = r["state"] = ""
        return r

    def duplicate_record(self, p, original):
        rng = self.rng
        r = dict(original)
        r["mother_maiden_name"] = p["mmn"] if rng.random() < 0.7 else ""
        r["phone"] = p["phone"] if rng.random() < 0.9 else ""
        if p["street"] and not r["street"]:
            r.update(street=p["street"], city=p["city"], state=STATE, zip=p["zip"])
        r["birth_file_number"] = p["bfn"] if p["bfn"] and rng.random() < 0.35 else ""
        if p["birth_order"]:
            r["birth_order"] = p["birth_order"] if rng.random() < 0.5 else 0
        roll = rng.random()
        if roll < 0.12 and original["mrn"]:
            pass  # the same clinic sent the child again under its own number
        elif roll < 0.65:
            r["mrn"], r["mrn_facility"] = self.mrn(), self.facility()
        else:
            r["mrn"], r["mrn_facility"] = "", ""
        count = weighted_choice(rng, [(1, 50), (2, 35), (3, 15)])
        kinds = self.apply_errors(p, r, count, DUPLICATE_ERRORS)
        return r, kinds

    def apply_errors(self, p, r, count, table):
        """Applies `count` errors of different groups drawn from `table` to record r; returns their kinds."""
        rng = self.rng
        applied = []
        groups = set()
        for _ in range(count * 8):
            if len(applied) >= count:
                break
            candidates = [(k, w) for k, (w, g) in table.items() if g not in groups]
            if not candidates:
                break
            kind = weighted_choice(rng, candidates)
            if self.apply(kind, p, r):
                applied.append(kind)
                groups.add(table[kind][1])
        return applied

    def apply(self, kind, p, r):
        """Applies one error kind to record (or query view) r; False when it does not apply."""
        rng = self.rng
        names = self.names
        if kind == "typo_first":
            out = typo(rng, r["first_name"])
        elif kind == "typo_last":
            out = typo(rng, r["last_name"])
        elif kind == "nickname":
            out = rng.choice(names.nicknames[r["first_name"]]) if r["first_name"] in names.nicknames else None
        elif kind == "phonetic_first":
            v = names.given_variants.get(r["first_name"])
            out = rng.choice(v) if v else None
        elif kind == "phonetic_last":
            v = names.surname_variants.get(r["last_name"])
            out = rng.choice(v) if v else None
        elif kind == "swap_names":
            if not r["first_name"] or r["first_name"] == r["last_name"]:
                return False
            r["first_name"], r["last_name"] = r["last_name"], r["first_name"]
            return True
        elif kind == "surname_part":
            last = r["last_name"]
            if "-" in last:
                parts = last.split("-")
                out = rng.choice([parts[0], parts[0], parts[0], parts[-1], " ".join(parts)])
            elif " " in last:
                out = last.replace(" ", "") if rng.random() < 0.6 else last.split()[-1]
            else:
                out = None
        elif kind == "surname_hyphen_added":
            mmn = p["mmn"]
            last = r["last_name"]
            out = "%s-%s" % (last, mmn) if mmn and mmn != last and "-" not in last and " " not in mmn else None
        elif kind in DOB_ERRORS:
            out = DOB_ERRORS[kind](rng, r["birth_date"], self.today)
            if out is None:
                return False
            r["birth_date"] = out
            return True
        elif kind == "moved":
            if rng.random() < 0.6:  # across town
                city, area = p["city"], p["area"]
                zipcode = rng.choice([z for c, _, _, zs in self.names.places.items if c == city for z in zs])
            else:
                city, area, zipcode = self.place()
            r.update(street=self.street(), city=city, state=STATE, zip=zipcode)
            if rng.random() < 0.7:
                r["phone"] = self.phone_digits(area)
            return True
        elif kind == "no_phone":
            if not r["phone"]:
                return False
            r["phone"] = ""
            return True
        elif kind == "no_mother_maiden":
            if not r["mother_maiden_name"]:
                return False
            r["mother_maiden_name"] = ""
            return True
        elif kind == "no_address":
            if not r["street"]:
                return False
            r.update(street="", city="", state="", zip="")
            return True
        elif kind == "middle_missing":
            if not r["middle_name"]:
                return False
            r["middle_name"] = ""
            return True
        elif kind == "middle_initial":
            if len(r["middle_name"]) < 2:
                return False
            r["middle_name"] = r["middle_name"][0]
            return True
        elif kind == "sex_unknown":
            if r["sex"] == "U":
                return False
            r["sex"] = rng.choice(["U", ""])
            return True
        elif kind == "suffix_missing":
            if not r["suffix"]:
                return False
            r["suffix"] = ""
            return True
        elif kind == "address_format":
            if not r["street"]:
                return False
            r["street"] = reformat_street(rng, r["street"], names)
            if rng.random() < 0.3 and len(r["zip"]) == 5:
                r["zip"] = "%s-%04d" % (r["zip"], rng.randint(1, 9999))
            return True
        elif kind == "wrong_zip":
            if not r.get("zip"):
                return False
            _, _, zipcode = self.place()
            if zipcode == r["zip"]:
                return False
            r["zip"] = zipcode
            return True
        elif kind == "new_phone":
            r["phone"] = self.phone_digits(p["area"])
            return True
        else:
            raise ValueError(kind)
        if not out:
            return False
        target = "first_name" if kind in ("typo_first", "nickname", "phonetic_first") else "last_name"
        if out == r[target]:
            return False
        r[target] = out
        return True


def reformat_street(rng, street, names):
    """The same address written another way (abbreviations, unit, case)."""
    out = street
    longs = dict(names.street_types.items)
    words = out.split(" ")
    changed = False
    for i, w in enumerate(words):
        if w in longs and rng.random() < 0.8:
            words[i] = longs[w]
            changed = True
        elif w in ("N", "S", "E", "W") and i == 1 and rng.random() < 0.6:
            words[i] = {"N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST"}[w]
            changed = True
    out = " ".join(words)
    m = re.search(r" (APT|UNIT|#)\s?(\S+)$", out)
    if m and rng.random() < 0.5:
        out = out[:m.start()] if rng.random() < 0.5 else out[:m.start()] + " #" + m.group(2)
        changed = True
    if not changed or rng.random() < 0.3:
        out = title_case(out)
    return out


def title_case(text):
    out = []
    prev_letter = False
    for ch in text:
        out.append(ch.lower() if prev_letter else ch.upper())
        prev_letter = ch.isalpha()
    return "".join(out)


# kind: (weight, group) - one error per group on a record.
DUPLICATE_ERRORS = {
    "typo_first": (10, "given"), "nickname": (10, "given"), "phonetic_first": (5, "given"),
    "typo_last": (10, "surname"), "phonetic_last": (4, "surname"), "surname_part": (30, "surname"),
    "surname_hyphen_added": (2, "surname"), "swap_names": (3, "order"),
    "dob_day": (5, "dob"), "dob_month_day_swap": (4, "dob"), "dob_year": (4, "dob"), "dob_transposed": (4, "dob"),
    "moved": (10, "address"), "no_address": (3, "address"), "address_format": (4, "address"),
    "no_phone": (6, "phone"), "no_mother_maiden": (6, "mother"), "middle_missing": (6, "middle"),
    "middle_initial": (4, "middle"), "sex_unknown": (4, "sex"), "suffix_missing": (8, "suffix"),
}

# Errors a caller's description carries (beyond the fully correct ones), by query mix.
QUERY_SINGLE = {
    "typo_first": (7, "given"), "typo_last": (7, "surname"), "phonetic_first": (4, "given"),
    "phonetic_last": (3, "surname"), "swap_names": (4, "order"), "surname_part": (15, "surname"),
    "dob_month_day_swap": (3, "dob"), "dob_transposed": (3, "dob"), "dob_day": (3, "dob"), "dob_year": (3, "dob"),
    "wrong_zip": (1, "zip"), "new_phone": (1, "phone"),
}


# Output

def iso(d):
    return d.strftime("%Y-%m-%d")


def write_registry(gen, out_dir, query_count):
    rng = gen.rng
    records = []  # (record, person, role, kinds)
    for p in gen.persons:
        original = gen.original_record(p)
        records.append((original, p, "original", []))
        if rng.random() < 0.10:
            for _ in range(2 if rng.random() < 0.15 else 1):
                dup, kinds = gen.duplicate_record(p, original)
                records.append((dup, p, "duplicate", kinds))
    rng.shuffle(records)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "patients.csv"), "w", newline="", encoding="utf-8") as pf, \
            open(os.path.join(out_dir, "truth.csv"), "w", newline="", encoding="utf-8") as tf:
        pw = csv.writer(pf, lineterminator="\n")
        tw = csv.writer(tf, lineterminator="\n")
        pw.writerow(PATIENT_COLUMNS)
        tw.writerow(TRUTH_COLUMNS)
        for index, (r, p, role, kinds) in enumerate(records, start=1):
            source_id = "HO%07d" % index
            row = dict(r)
            row["source_id"] = source_id
            row["birth_date"] = iso(r["birth_date"])
            row["phone"] = gen.format_phone(r["phone"]) if r["phone"] and r["phone"].isdigit() else r["phone"]
            if row["zip"] and len(row["zip"]) == 5 and rng.random() < 0.06:
                row["zip"] = "%s%04d" % (row["zip"], rng.randint(1, 9999))
            row["birth_order"] = str(r["birth_order"]) if r["birth_order"] else ""
            pw.writerow([row[c] for c in PATIENT_COLUMNS])
            tags = []
            if p["twin_set"]:
                tags.append("twin")
            if p["jr_sr_pair"]:
                tags.append("jr_sr")
            tw.writerow([source_id, p["person_id"], role, p["household_id"], p["twin_set"], p["jr_sr_pair"],
                         ";".join(tags), ";".join(kinds), p["first"], p["middle"], p["last"], p["suffix"],
                         iso(p["dob"]), p["sex"]])
    queries = make_queries(gen, query_count)
    with open(os.path.join(out_dir, "queries.jsonl"), "w", encoding="utf-8") as qf:
        for q in queries:
            qf.write(json.dumps(q, sort_keys=True) + "\n")
    return records, queries


def case_as_typed(rng, text, upper_share):
    roll = rng.random()
    if roll < upper_share:
        return text.upper()
    if roll < upper_share + (1 - upper_share) * 0.7:
        return title_case(text)
    return text.lower()


def make_queries(gen, count):
    rng = gen.rng
    names = gen.names
    today = gen.today
    persons = gen.persons
    look = {}
    for p in persons:
        key = (p["first"], p["last"], p["dob"])
        look[key] = look.get(key, 0) + 1
    queries = []
    while len(queries) < count:
        bucket = weighted_choice(rng, [("correct", 25), ("nickname", 18), ("dob_and_name", 15), ("other", 42)])
        for _ in range(200):
            p = rng.choice(persons)
            view = {"first_name": p["first"], "last_name": p["last"], "birth_date": p["dob"], "zip": p["zip"],
                    "phone": p["phone"]}
            kinds = []
            ok = True
            if bucket == "nickname":
                ok = gen.apply("nickname", p, view)
                kinds = ["nickname"]
            elif bucket == "dob_and_name":
                dob_kind = rng.choice(["dob_year", "dob_day"])
                name_kind = weighted_choice(rng, [("typo_first", 30), ("nickname", 35), ("phonetic_first", 10),
                                                  ("typo_last", 25)])
                ok = gen.apply(dob_kind, p, view) and gen.apply(name_kind, p, view)
                kinds = [dob_kind, name_kind]
            elif bucket == "other":
                n = 2 if rng.random() < 0.12 else 1
                kinds = gen.apply_errors(p, view, n, QUERY_SINGLE)
                ok = len(kinds) == n
            if ok:
                break
        else:
            continue
        fmt = weighted_choice(rng, [("first_last_iso", 35), ("last_comma_first_us", 35), ("first_last_short", 30)])
        suffix = p["suffix"] if p["suffix"] and rng.random() < 0.5 else ""
        first, last = view["first_name"], view["last_name"]
        swapped = "swap_names" in kinds
        if swapped:
            first, last = last, first  # apply() swapped the fields; the caller says them in the wrong order
        d = view["birth_date"]
        if fmt == "first_last_iso":
            name = ("%s %s" % (last, first)) if swapped else ("%s %s" % (first, last))
            text = "%s%s %s" % (case_as_typed(rng, name, 0.1), (" " + title_case(suffix)) if suffix else "", iso(d))
        elif fmt == "last_comma_first_us":
            if swapped:
                name = "%s, %s" % (first, last)
            else:
                name = "%s%s, %s" % (last, (" " + suffix) if suffix else "", first)
            text = "%s %02d/%02d/%04d" % (case_as_typed(rng, name, 0.7), d.month, d.day, d.year)
        else:
            name = ("%s %s" % (last, first)) if swapped else ("%s %s" % (first, last))
            text = "%s%s %d/%d/%02d" % (case_as_typed(rng, name, 0.1), (" " + title_case(suffix)) if suffix else "",
                                        d.month, d.day, d.year % 100)
        extras = []
        if view["phone"] and ("new_phone" in kinds or rng.random() < 0.12):
            digits = view["phone"]
            text += " " + rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s%s%s", "%s.%s.%s"]) % (
                digits[:3], digits[3:6], digits[6:])
            extras.append("phone")
        if view["zip"] and ("wrong_zip" in kinds or rng.random() < 0.10):
            text += " " + view["zip"]
            extras.append("zip")
        queries.append({
            "q": text, "person_id": p["person_id"], "kinds": kinds, "bucket": bucket, "format": fmt,
            "extras": extras, "look_alikes": look[(p["first"], p["last"], p["dob"])] - 1,
        })
    return queries


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, required=True, help="persons on file (records are about 11%% more)")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--today", default="2025-12-31", help="reference date: no birth date is later (YYYY-MM-DD)")
    args = ap.parse_args()
    if args.people < 10:
        ap.error("--people: at least 10")
    today = dt.date.fromisoformat(args.today)
    gen = Generator(args.seed, today)
    gen.populate(args.people)
    records, queries = write_registry(gen, args.out, args.queries)
    twins = {p["twin_set"] for p in gen.persons if p["twin_set"]}
    pairs = {p["jr_sr_pair"] for p in gen.persons if p["jr_sr_pair"]}
    by_set = {}
    for p in gen.persons:
        if p["twin_set"]:
            by_set.setdefault(p["twin_set"], set()).add(p["first"])
    same_name_sets = sum(1 for s in by_set.values() if len(s) == 1)
    summary = {
        "persons": len(gen.persons), "records": len(records),
        "duplicate_records": sum(1 for r in records if r[2] == "duplicate"),
        "households": len({p["household_id"] for p in gen.persons}),
        "multiple_birth_sets": len(twins), "same_name_multiple_birth_sets": same_name_sets,
        "jr_sr_pairs": len(pairs), "queries": len(queries), "out": args.out,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
