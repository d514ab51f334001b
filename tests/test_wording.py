"""Text for people speaks the reader's language (issue #11).

* Every explanation (a deterministic sample of employee-days over every shipped
  policy), why-not answer, timeline, command-line table and rulebook page of
  the installed rule sets, in Bahasa Indonesia, holds no pinned code, no
  English grant word and no ISO date in its prose.
* Every rule the resolver applies to a policy appears in that policy's
  rulebook section.
* The labels: formal citations, dates, ranges and numbers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kebijakan_asn import Citation, ConditionCode, Employee, Resolver, _cli, timeline, why_not
from kebijakan_asn import _labels as W
from kebijakan_asn._codes import Position, Status
from kebijakan_asn._rulebook import (
    render_rulebook,
)
from kebijakan_asn.cli.agencies import agency_rows
from kebijakan_asn.cli.policies import policy_lines

# --------------------------------------------------------------------------- the checker

_URL = re.compile(r"<?https?://\S+")
_CODE_SPAN = re.compile(r"`[^`]*`")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_ENGLISH = re.compile(r"\b(permitted|assigned|exempt|enabled|enabling|baseline|outranked|"
                      r"overridden|replaced|applies|does not apply|today)\b", re.I)
_LOWER = re.compile(r"(?<![\w-])(pns|pppk|wfo|wfh|wfa)(?![\w-])")
_POLICY_ID = re.compile(r"(?<![\w./-])(nasional|prov-jabar|kab-bekasi|kota-bekasi|kota-bandung)"
                        r"/[a-z0-9][a-z0-9-]*")
_FOOTER = re.compile(r"Sidik jari: .*$", re.S)  # a card's fingerprints and plugin versions


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.fixture(scope="module")
def codes(resolver: Resolver) -> re.Pattern[str]:
    """Every pinned code that is not also a word: hyphenated or slashed slugs, fact names."""
    rs = resolver.ruleset
    found = {p.value for p in Position if "-" in p.value} | {"non-asn"}
    found |= {j for j in rs.jurisdictions if "-" in j}
    found |= {code for _, code in rs.agencies if "-" in code}
    found |= {c.value for c in ConditionCode if "-" in c.value}
    found |= set(rs.facts) | {"direct-service", "pelayanan-langsung"}
    words = "|".join(sorted((re.escape(x) for x in found), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words})(?![\w-])")


def offences(text: str, codes: re.Pattern[str]) -> list[str]:
    """What an Indonesian text must not hold: pinned codes, English grant words,
    ISO dates (addresses and `code` spans are not prose)."""
    prose = _CODE_SPAN.sub(" ", _URL.sub(" ", _FOOTER.sub(" ", text)))
    found = [m.group(0) for m in _POLICY_ID.finditer(prose)]
    prose = _POLICY_ID.sub(" ", prose)
    found += [m.group(0) for m in codes.finditer(prose)]
    found += [m.group(0) for m in _ENGLISH.finditer(prose)]
    found += [m.group(0) for m in _ISO.finditer(prose)]
    found += [m.group(0) for m in _LOWER.finditer(prose)]
    return found


def assert_clean(text: str, codes: re.Pattern[str], where: str) -> None:
    bad = offences(text, codes)
    assert not bad, f"{where}: {sorted(set(bad))}\n{text}"


def test_the_checker_catches_each_kind_of_offence(codes: re.Pattern[str]) -> None:
    assert offences("Pelaksana, PNS, Badan Perencanaan Pembangunan Daerah", codes) == []
    assert offences("jabatan jpt-pratama", codes) == ["jpt-pratama"]
    assert offences("dasar kab-bekasi/2025-wfa-lebaran", codes) == [
        "kab-bekasi/2025-wfa-lebaran"]
    assert offences("WFH permitted", codes) == ["permitted"]
    assert offences("mulai 2025-03-24", codes) == ["2025-03-24"]
    assert offences("hanya untuk pns", codes) == ["pns"]
    assert offences("lihat <https://x.id/2025-03-24-wfh> dan `kab-bekasi`", codes) == []


# --------------------------------------------------------------------------- the sample


def _sample(resolver: Resolver, n: int = 1500) -> Iterator[tuple[Employee, dt.date]]:
    """Employee-days over every shipped policy: the first working days of each period
    and a weekend, for agencies the policy exempts, their children and plain ones,
    every position, status, direct service, rotation group and fact."""
    rs = resolver.ruleset
    rng = random.Random(11)
    cases: list[tuple[Employee, dt.date]] = []
    for p in rs.policies.values():
        scope = [p.jurisdiction] if p.jurisdiction != "nasional" else list(rs.jurisdictions)
        days: set[dt.date] = set()
        for period in p.periods:
            start = max(period.start, dt.date(2020, 1, 1))
            if period.end is not None and period.end < start:
                continue
            for k in range(9):
                days.add(start + dt.timedelta(days=k))
        for jur in scope:
            agencies = [code for (j, code) in rs.agencies if j == jur]
            exempt = {e.agency for e in resolver.exemptions_of(p.id) if e.agency}
            children = [c for (j, c), a in rs.agencies.items() if j == jur and a.parent]
            picks = sorted(set(rng.sample(agencies, min(4, len(agencies))))
                           | (exempt & set(agencies)) | set(children[:2]))
            for agency, day in itertools.product(picks, sorted(days)):
                cases.append((Employee(
                    jur, agency, rng.choice(list(Position)), rng.choice(list(Status)),
                    direct_service=rng.random() < 0.3,
                    rotation_group=rng.choice([None, "A", "B"]),
                    facts={f: rng.random() < 0.5 for f in sorted(rs.facts)}), day))
    rng.shuffle(cases)
    yield from cases[:n]


def test_every_explanation_speaks_indonesian(resolver: Resolver,
                                             codes: re.Pattern[str]) -> None:
    seen: set[object] = set()
    for employee, day in _sample(resolver):
        d = resolver.decide(employee, day, include_drafts=True)
        text = d.explain("id")
        assert_clean(text, codes, f"explain {employee} {day}")
        assert_clean(d.to_html("id"), codes, f"card {employee} {day}")
        seen.update(d.permitted)
        for target in ("wfh", "wfa", "wfo"):
            answer = why_not(resolver, employee, day, target)
            assert_clean(answer.explain("id"), codes, f"why not {target} {employee} {day}")
    assert len(seen) == 4  # the sample reaches WFO, WFH, WFA (permitted) and libur


def test_every_timeline_speaks_indonesian(resolver: Resolver,
                                          codes: re.Pattern[str]) -> None:
    for employee, day in itertools.islice(_sample(resolver), 0, 60):
        line = timeline(resolver, employee, day, day + dt.timedelta(days=13))
        assert_clean(line.explain("id"), codes, f"timeline {employee} {day}")
        assert_clean(line._repr_html_(), codes, f"timeline card {employee} {day}")


def _cli_text(*argv: str) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        code = _cli.main(list(argv))
    assert code in (0, 1), argv
    return buf.getvalue()


def test_every_table_speaks_indonesian(resolver: Resolver, codes: re.Pattern[str]) -> None:
    rs = resolver.ruleset
    for jur in rs.jurisdictions:
        headers, rows = agency_rows(resolver, jur)
        # The code and parent columns hold the codes to type; the others are words.
        assert_clean(" | ".join(headers), codes, "agencies headers")
        for row in rows:
            assert_clean(" | ".join(c for i, c in enumerate(row) if i not in (0, 3)), codes,
                         f"agencies {jur}")
        assert_clean(_cli_text("calendar", "--jurisdiction", jur, "--year", "2025"), codes,
                     f"calendar {jur}")
    for p in rs.policies.values():
        assert_clean("\n".join(policy_lines(resolver, p)[1:]), codes, f"policies {p.id}")
    plugins = _cli_text("plugins").splitlines()
    assert_clean("\n".join(line.split(" ", 1)[1] for line in plugins[:-1]), codes, "plugins")
    assert_clean(_cli_text("check", "--year", "2025"), codes, "check")


def test_every_rulebook_page_speaks_indonesian(resolver: Resolver,
                                               codes: re.Pattern[str]) -> None:
    for jur in resolver.ruleset.jurisdictions:
        page = render_rulebook(resolver, [jur])
        # The agency table lists the codes to type in its first column.
        prose = "\n".join(line for line in page.splitlines() if not line.startswith("| `"))
        assert_clean(prose, codes, f"rulebook {jur}")
        html = render_rulebook(resolver, [jur], fmt="html")
        assert '<html lang="id">' in html
        assert '<html lang="en">' in render_rulebook(resolver, [jur], "en", "html")


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(("citation", "id_text", "en_text"), [
    (Citation("Surat Edaran", "800/SE-26/BKPPD", "Bupati Bekasi", dt.date(2020, 3, 18)),
     "Surat Edaran Bupati Bekasi Nomor 800/SE-26/BKPPD tanggal 18 Maret 2020",
     "Circular of the Regent of Bekasi No. 800/SE-26/BKPPD of 18 March 2020"),
    (Citation("Peraturan Menteri", "4 Tahun 2025", "Menteri PANRB", dt.date(2025, 4, 21)),
     "Peraturan Menteri PANRB Nomor 4 Tahun 2025",
     "Regulation of the Minister of PANRB No. 4 of 2025"),
    (Citation("Keputusan Presiden", "68 Tahun 1995", "Presiden"),
     "Keputusan Presiden Nomor 68 Tahun 1995", "Presidential Decree No. 68 of 1995"),
    # Older, abbreviated data is written out the same way.
    (Citation("Peraturan MenPANRB", "4 Tahun 2025",
              "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
     "Peraturan Menteri PANRB Nomor 4 Tahun 2025",
     "Regulation of the Minister of PANRB No. 4 of 2025"),
    (Citation("Surat Edaran Wali Kota Bandung", "443/SE.088-BKPSDM", "Wali Kota Bandung"),
     "Surat Edaran Wali Kota Bandung Nomor 443/SE.088-BKPSDM",
     "Circular of the Mayor of Bandung No. 443/SE.088-BKPSDM"),
    (Citation("Peraturan Presiden", "21 Tahun 2023", "Presiden Republik Indonesia"),
     "Peraturan Presiden Nomor 21 Tahun 2023", "Presidential Regulation No. 21 of 2023"),
    (Citation("Surat Edaran", "150/KPG.03/BKD",
              "Sekretaris Daerah Provinsi Jawa Barat (Herman Suryatman)", dt.date(2025, 10, 22)),
     "Surat Edaran Sekretaris Daerah Provinsi Jawa Barat Nomor 150/KPG.03/BKD tanggal "
     "22 Oktober 2025",
     "Circular of the Regional Secretary of Jawa Barat Province No. 150/KPG.03/BKD of "
     "22 October 2025"),
])
def test_formal_citations(citation: Citation, id_text: str, en_text: str) -> None:
    assert W.cite(citation, "id") == id_text
    assert W.cite(citation, "en") == en_text


def test_dates_numbers_and_ordinals() -> None:
    d = dt.date
    assert W.date_range(d(2025, 3, 24), d(2025, 3, 27)) == "24–27 Maret 2025"
    assert W.date_range(d(2021, 6, 28), d(2021, 7, 5)) == "28 Juni–5 Juli 2021"
    assert W.date_range(d(2025, 12, 29), d(2026, 1, 2), "en") == (
        "29 December 2025–2 January 2026")
    assert W.period(d(2026, 1, 26), None) == "mulai 26 Januari 2026 (tanpa batas akhir)"
    assert W.number(756504) == "756.504" and W.number(756504, "en") == "756,504"
    assert W.working_day(0) == "hari kerja ke-1"
    assert W.grant_phrase("wfh", "assigned") == "WFH diwajibkan"
    assert W.grant_phrase("wfa", "permitted", "en") == "WFA permitted"
    assert W.position("jpt-pratama") == "JPT Pratama" and W.status("non-asn") == "Non-ASN"
    with pytest.raises(Exception, match="lang"):
        W.day(d(2025, 1, 1), "fr")


def test_the_docs_stand_alone() -> None:
    """No page points the reader to a specification they do not have."""
    root = Path(__file__).resolve().parent.parent
    pages = [*root.glob("docs/**/*.md"), root / "README.md"]
    assert pages
    for page in pages:
        assert not re.search(r"\bSPEC\b", page.read_text(encoding="utf-8")), page.name


def test_every_tag_and_kind_a_rule_names_has_words(resolver: Resolver) -> None:
    """A rule that selects agencies by tag or kind is written with words, not the slug."""
    rs = resolver.ruleset
    tags = {e.agency_tag for e in rs.exemptions if e.agency_tag}
    tags |= {t for p in rs.policies.values() for v in p.provisions for t in v.agency_tags}
    kinds = {e.agency_kind for e in rs.exemptions if e.agency_kind}
    kinds |= {a.kind for a in rs.agencies.values()}
    for lang in ("id", "en"):
        assert tags <= set(W.TAGS[lang]), sorted(tags - set(W.TAGS[lang]))
        assert kinds <= set(W.AGENCY_KINDS[lang]), sorted(kinds - set(W.AGENCY_KINDS[lang]))


def test_a_record_reads_the_same_and_reads_without_its_rule_set(
        resolver: Resolver, monkeypatch: pytest.MonkeyPatch) -> None:
    from kebijakan_asn import Decision

    d = resolver.decide(Employee("kab-bekasi", "bappeda", "pelaksana"), "2025-03-25")
    again = Decision.from_dict(d.to_dict())
    assert again.explain() == d.explain() and again.explain("en") == d.explain("en")
    # Read where no resolver of that rule set was built: names spelt from the codes,
    # the basis cited from the record itself.
    monkeypatch.setattr(W, "_REGISTRY", {})
    text = again.explain()
    assert "Pegawai: Pelaksana, PNS, Bappeda Kabupaten Bekasi" in text
    assert "Surat Edaran Menteri PANRB Nomor 2 Tahun 2025" in text
