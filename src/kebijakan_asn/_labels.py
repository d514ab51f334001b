"""Every word the library writes for people, in Bahasa Indonesia and English.

Explanations, the rulebook, the command-line tables and the notebook cards
all take their words from here, so one term is spelt one way everywhere:
arrangements and grants in words ("WFA diperbolehkan", "WFH diwajibkan"),
positions and statuses by their names ("Pelaksana", "JPT Pratama", "PNS"),
condition codes, holiday kinds, dates written out ("24–27 Maret 2025"),
numbers in the language's format (756.504 / 756,504), and legal citations as
Indonesian documents cite them ("Surat Edaran Bupati Bekasi Nomor
800/SE-26/BKPPD tanggal 18 Maret 2020").

Nothing here reads the clock, the locale or the environment: the same input
gives the same text on every machine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from ._codes import Arrangement, Grant, Position, Provenance, Status
from ._errors import ValidationError
from ._model import ConditionCode

if TYPE_CHECKING:
    from ._model import Agency, Holiday, Policy, RevokedHoliday
    from ._ruleset import RuleSet

__all__ = [
    "LANGS",
    "Catalog",
    "CitationLike",
    "agency_kind",
    "arrangement",
    "arrangement_long",
    "catalog",
    "check_lang",
    "cite",
    "condition",
    "date_range",
    "day",
    "format_date",
    "grant",
    "grant_phrase",
    "holiday_kind",
    "join",
    "number",
    "period",
    "position",
    "provenance",
    "register",
    "revoked",
    "status",
    "table",
    "tag",
    "word",
    "working_day",
]

LANGS = ("id", "en")

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def check_lang(lang: str) -> str:
    """*lang* if it is ``"id"`` or ``"en"``; else a :class:`ValidationError`."""
    if lang not in LANGS:
        raise ValidationError.invalid("lang", lang, LANGS)
    return lang


def _pick(table: Mapping[str, Mapping[str, str]], key: str, lang: str) -> str:
    return table[check_lang(lang)].get(key, key)


# --------------------------------------------------------------------------- words

WORDS: dict[str, dict[str, str]] = {
    "id": {
        # explanation headings
        "decision": "Keputusan", "employee": "Pegawai", "also": "Boleh juga",
        "conditions": "Syarat", "basis": "Dasar hukum", "steps": "Alasan",
        "notes": "Catatan", "none": "tidak ada", "from": "turunan dari",
        "draft": "RANCANGAN", "provisional": "SEMENTARA", "direct": "pelayanan langsung",
        "group": "kelompok", "open": "tanpa batas akhir", "since": "mulai",
        "and": "dan", "or": "atau", "yes": "ya", "no": "tidak",
        "weekend": "akhir pekan", "until": "s.d.",
        # table headers
        "code": "Kode", "name": "Nama", "kind": "Jenis", "parent": "Induk",
        "tags": "Tanda", "id": "Id", "instrument": "Dasar hukum", "period": "Masa berlaku",
        "jurisdiction": "Instansi", "plugin": "Plugin", "version": "Versi",
        "policies": "Kebijakan", "date": "Tanggal", "day": "Hari", "holiday": "Hari libur",
        "estimated": "perkiraan", "status": "Status", "drafts": "rancangan",
        "summary": "Ringkasan", "arrangement": "Pengaturan",
        # rosters and quotas
        "quota": "kuota", "your_unit": "unit kerja Anda",
        # revoked holidays
        "revoked": "Ditetapkan lalu dihapus", "set_by": "Ditetapkan oleh",
        "revoked_by": "Dihapus oleh",
    },
    "en": {
        "decision": "Decision", "employee": "Employee", "also": "Also permitted",
        "conditions": "Conditions", "basis": "Legal basis", "steps": "Reasons",
        "notes": "Notes", "none": "none", "from": "derived from",
        "draft": "DRAFT", "provisional": "PROVISIONAL", "direct": "direct service",
        "group": "group", "open": "open-ended", "since": "from",
        "and": "and", "or": "or", "yes": "yes", "no": "no",
        "weekend": "weekend", "until": "to",
        "code": "Code", "name": "Name", "kind": "Kind", "parent": "Parent",
        "tags": "Tags", "id": "Id", "instrument": "Legal basis", "period": "In force",
        "jurisdiction": "Government", "plugin": "Plugin", "version": "Version",
        "policies": "Policies", "date": "Date", "day": "Day", "holiday": "Holiday",
        "estimated": "estimated", "status": "Status", "drafts": "drafts",
        "summary": "Summary", "arrangement": "Arrangement",
        "quota": "quota", "your_unit": "your unit",
        "revoked": "Set, then revoked", "set_by": "Set by", "revoked_by": "Revoked by",
    },
}


def word(key: str, lang: str = "id") -> str:
    """One word of the shared vocabulary (headings, table headers…)."""
    return _pick(WORDS, key, lang)


# --------------------------------------------------------------------------- codes in words

ARRANGEMENTS_LONG = {
    "id": {"wfo": "WFO (bekerja dari kantor)", "wfh": "WFH (bekerja dari rumah)",
           "wfa": "WFA (bekerja dari mana saja)", "libur": "libur (bukan hari kerja)"},
    "en": {"wfo": "WFO (work from office)", "wfh": "WFH (work from home)",
           "wfa": "WFA (work from anywhere)", "libur": "libur (non-working day)"},
}
GRANTS = {
    "id": {"assigned": "diwajibkan", "permitted": "diperbolehkan", "enabling": "dimungkinkan",
           "baseline": "sebagai ketentuan dasar"},
    "en": {"assigned": "assigned", "permitted": "permitted", "enabling": "enabled",
           "baseline": "as the baseline"},
}
POSITIONS = {
    "id": {"jpt-utama": "JPT Utama", "jpt-madya": "JPT Madya", "jpt-pratama": "JPT Pratama",
           "administrator": "Administrator", "pengawas": "Pengawas",
           "fungsional": "Fungsional", "pelaksana": "Pelaksana"},
}
POSITIONS["en"] = POSITIONS["id"]  # names of jabatan (UU 20/2023), not translated
STATUSES = {"id": {"pns": "PNS", "pppk": "PPPK", "non-asn": "Non-ASN"}}
STATUSES["en"] = STATUSES["id"]
CONDITIONS = {
    "id": {"persetujuan-pimpinan": "persetujuan pimpinan", "presensi": "presensi",
           "laporan-kinerja": "laporan kinerja",
           "surat-perintah": "surat perintah kepala perangkat daerah",
           "jadwal-unit": "jadwal unit kerja", "penugasan-harian": "penugasan harian"},
    "en": {"persetujuan-pimpinan": "superior's approval", "presensi": "attendance check-in",
           "laporan-kinerja": "performance report",
           "surat-perintah": "written order of the head of the perangkat daerah",
           "jadwal-unit": "the unit's roster", "penugasan-harian": "daily assignment"},
}
HOLIDAY_KINDS = {
    "id": {"libur-nasional": "libur nasional", "cuti-bersama": "cuti bersama",
           "libur-daerah": "libur daerah"},
    "en": {"libur-nasional": "national holiday", "cuti-bersama": "cuti bersama (joint leave)",
           "libur-daerah": "regional holiday"},
}
AGENCY_KINDS = {
    "id": {"setda": "sekretariat daerah", "sekretariat-dprd": "sekretariat DPRD",
           "inspektorat": "inspektorat", "badan": "badan", "dinas": "dinas",
           "rsud": "rumah sakit umum daerah", "puskesmas": "puskesmas",
           "kecamatan": "kecamatan", "kelurahan": "kelurahan", "sekolah": "sekolah",
           "uptd": "UPTD", "biro": "biro", "satpol-pp": "satuan polisi pamong praja",
           "kementerian": "kementerian", "lembaga": "lembaga", "laboratorium": "laboratorium",
           "bagian": "bagian", "instalasi": "instalasi", "rs-khusus": "rumah sakit khusus",
           "rsup": "rumah sakit umum pusat"},
    "en": {"setda": "regional secretariat", "sekretariat-dprd": "DPRD secretariat",
           "inspektorat": "inspectorate", "badan": "agency (badan)", "dinas": "service (dinas)",
           "rsud": "regional hospital (RSUD)", "puskesmas": "community health centre",
           "kecamatan": "district (kecamatan)", "kelurahan": "sub-district (kelurahan)",
           "sekolah": "school", "uptd": "technical unit (UPTD)", "biro": "bureau",
           "satpol-pp": "civil service police unit", "kementerian": "ministry",
           "lembaga": "institution", "laboratorium": "laboratory",
           "bagian": "section (bagian)", "instalasi": "installation (instalasi)",
           "rs-khusus": "specialist hospital", "rsup": "central general hospital (RSUP)"},
}
TAGS = {
    "id": {"kewilayahan": "perangkat kewilayahan (kecamatan dan kelurahan)",
           "lapangan": "perangkat daerah dengan petugas lapangan",
           "balai-kota": "Balai Kota", "gedung-sate": "Gedung Sate",
           "plaza-pemkot": "Plaza Pemkot", "kesehatan": "layanan kesehatan",
           "pelayanan-langsung": "pelayanan langsung kepada masyarakat"},
    "en": {"kewilayahan": "territorial offices (kecamatan and kelurahan)",
           "lapangan": "agencies with field officers",
           "balai-kota": "the Balai Kota (city hall)", "gedung-sate": "Gedung Sate",
           "plaza-pemkot": "Plaza Pemkot", "kesehatan": "health services",
           "pelayanan-langsung": "direct public service"},
}
PROVENANCE = {
    "id": {"seed": "laporan media", "press": "laporan media", "official": "teks resmi"},
    "en": {"seed": "press report", "press": "press report", "official": "official text"},
}


def arrangement(code: Arrangement | str, lang: str = "id") -> str:
    """``WFH``; ``libur`` stays a word."""
    value = str(code)
    return value if value == "libur" else value.upper()


def arrangement_long(code: Arrangement | str, lang: str = "id") -> str:
    """``WFH (bekerja dari rumah)`` / ``WFH (work from home)``."""
    return _pick(ARRANGEMENTS_LONG, str(code), lang)


def grant(code: Grant | str, lang: str = "id") -> str:
    """``diperbolehkan`` / ``permitted``."""
    return _pick(GRANTS, str(code), lang)


def grant_phrase(arrangement_code: Arrangement | str, grant_code: Grant | str,
                 lang: str = "id") -> str:
    """``WFA diperbolehkan``, ``WFH diwajibkan`` / ``WFA permitted``, ``WFH assigned``."""
    return f"{arrangement(arrangement_code, lang)} {grant(grant_code, lang)}"


def position(code: Position | str, lang: str = "id") -> str:
    """``Pelaksana``, ``JPT Pratama``."""
    return _pick(POSITIONS, str(code), lang)


def status(code: Status | str, lang: str = "id") -> str:
    """``PNS``, ``PPPK``, ``Non-ASN``."""
    return _pick(STATUSES, str(code), lang)


def condition(code: ConditionCode | str, lang: str = "id") -> str:
    """``persetujuan pimpinan`` / ``superior's approval``."""
    return _pick(CONDITIONS, str(code), lang)


def holiday_kind(kind: str, lang: str = "id") -> str:
    """``libur nasional``, ``cuti bersama``, ``libur daerah``."""
    return _pick(HOLIDAY_KINDS, kind, lang)


def agency_kind(kind: str, lang: str = "id") -> str:
    """An agency kind in words (``rumah sakit umum daerah``); unknown kinds spelt out."""
    return AGENCY_KINDS[check_lang(lang)].get(kind, kind.replace("-", " "))


def tag(code: str, lang: str = "id") -> str:
    """An agency tag in words (``perangkat kewilayahan…``); unknown tags spelt out."""
    return TAGS[check_lang(lang)].get(code, code.replace("-", " "))


def provenance(code: Provenance | str, lang: str = "id") -> str:
    """``laporan media`` / ``teks resmi``."""
    return _pick(PROVENANCE, str(code), lang)


def join(items: Iterable[str], lang: str = "id", last: str = "and") -> str:
    """``a, b dan c`` / ``a, b and c`` (*last* is ``"and"`` or ``"or"``)."""
    xs = list(items)
    if len(xs) <= 1:
        return "".join(xs)
    return f"{', '.join(xs[:-1])} {word(last, lang)} {xs[-1]}"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Rows as aligned text columns under *headers* (two spaces between columns)."""
    body = [list(headers), *(list(r) for r in rows)]
    widths = [max(len(r[i]) for r in body) for i in range(len(headers))]
    out = []
    for r in body:
        cells = [c.ljust(widths[i]) for i, c in enumerate(r[:-1])] + [r[-1]]
        out.append("  ".join(cells).rstrip())
    return out


# --------------------------------------------------------------------------- numbers, dates


def number(value: int, lang: str = "id") -> str:
    """``756.504`` in Indonesian, ``756,504`` in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if check_lang(lang) == "id" else text


def day(value: dt.date, lang: str = "id") -> str:
    """``18 Maret 2020`` / ``18 March 2020``."""
    return f"{value.day} {MONTHS[check_lang(lang)][value.month - 1]} {value.year}"


def format_date(value: dt.date, lang: str = "id") -> str:
    """``Selasa, 25 Maret 2025`` / ``Tuesday, 25 March 2025``."""
    return f"{WEEKDAYS[check_lang(lang)][value.weekday()]}, {day(value, lang)}"


def date_range(start: dt.date, end: dt.date, lang: str = "id") -> str:
    """``24–27 Maret 2025``, ``28 Juni–5 Juli 2021``, ``30 Desember 2025–2 Januari 2026``."""
    months = MONTHS[check_lang(lang)]
    if start == end:
        return day(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {months[start.month - 1]}–{day(end, lang)}"
    return f"{day(start, lang)}–{day(end, lang)}"


def period(start: dt.date, end: dt.date | None, lang: str = "id") -> str:
    """A period in words; an open end is ``mulai 26 Januari 2026 (tanpa batas akhir)``."""
    if end is None:
        return f"{word('since', lang)} {day(start, lang)} ({word('open', lang)})"
    return date_range(start, end, lang)


def working_day(index: int, lang: str = "id") -> str:
    """The working day numbered *index* from 0, as people count: ``hari kerja ke-1``."""
    return (f"hari kerja ke-{index + 1}" if check_lang(lang) == "id"
            else f"working day {index + 1}")


# --------------------------------------------------------------------------- citations


class CitationLike(Protocol):
    """What :func:`cite` reads: a :class:`~kebijakan_asn.Citation` or a decision's basis."""

    @property
    def instrument(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def issuer(self) -> str: ...
    @property
    def signed(self) -> dt.date | None: ...


# Abbreviated kinds of older plugins -> (kind, the office it names or "").
_ABBREVIATIONS = (
    ("Surat Edaran MenPANRB", "Surat Edaran", "Menteri PANRB"),
    ("Surat MenPANRB", "Surat", "Menteri PANRB"),
    ("Peraturan MenPANRB", "Peraturan Menteri", "Menteri PANRB"),
    ("PermenPANRB", "Peraturan Menteri", "Menteri PANRB"),
    ("Perpres", "Peraturan Presiden", ""),
    ("Keppres", "Keputusan Presiden", ""),
    ("SKB", "Surat Keputusan Bersama", ""),
    ("SE", "Surat Edaran", ""),
)
_OFFICES = {
    "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": "Menteri PANRB",
    "MenPANRB": "Menteri PANRB",
    "Presiden Republik Indonesia": "Presiden",
}
_KINDS_EN = {
    "Surat Edaran": "Circular",
    "Surat Keputusan Bersama": "Joint Decree",
    "Peraturan Presiden": "Presidential Regulation",
    "Keputusan Presiden": "Presidential Decree",
    "Instruksi Presiden": "Presidential Instruction",
    "Peraturan Menteri": "Regulation of the Minister",
    "Keputusan Menteri": "Decree of the Minister",
    "Peraturan Daerah": "Regional Regulation",
    "Peraturan Gubernur": "Regulation of the Governor",
    "Peraturan Bupati": "Regulation of the Regent",
    "Peraturan Wali Kota": "Regulation of the Mayor",
    "Surat": "Letter",
}
_KINDS = sorted(_KINDS_EN, key=len, reverse=True)
_OFFICES_EN = (
    (re.compile(r"^Menteri PANRB$"), "the Minister of PANRB"),
    (re.compile(r"^Bupati (.+)$"), r"the Regent of \1"),
    (re.compile(r"^Wali ?[Kk]ota (.+)$"), r"the Mayor of \1"),
    (re.compile(r"^Gubernur (.+)$"), r"the Governor of \1"),
    (re.compile(r"^Sekretaris Daerah Provinsi (.+)$"), r"the Regional Secretary of \1 Province"),
    (re.compile(r"^Sekretaris Daerah Kabupaten (.+)$"), r"the Regional Secretary of \1 Regency"),
    (re.compile(r"^Sekretaris Daerah Kota (.+)$"), r"the Regional Secretary of \1 City"),
    (re.compile(r"^Menteri (.+)$"), r"the Minister of \1"),
)
_UNNUMBERED_EN = (("nomor belum dikonfirmasi", "number not confirmed"),
                  ("tanpa nomor", "without a number"))
_PERSON = re.compile(r"\s*\([^)]*\)\s*$")
_NUMBERED = re.compile(r"^\s*\d")
_YEAR = re.compile(r"\bTahun\s+(\d{4})\b")


def _parts(c: CitationLike) -> tuple[str, str, str]:
    """(kind, office, number), older abbreviated data written out."""
    kind, num = c.instrument.strip(), c.number.strip()
    office = _PERSON.sub("", c.issuer.strip())  # the signatory in brackets is not the office
    office = _OFFICES.get(office, office)
    for short, full, named in _ABBREVIATIONS:
        if kind == short or kind.startswith(short + " "):
            rest = kind[len(short):].strip()
            kind, office = full, named or rest or office
            break
    else:
        for known in () if kind in _KINDS_EN else _KINDS:
            if kind.startswith(known + " ") and not kind.endswith("Presiden"):
                # "Surat Edaran Bupati Bekasi": the kind names the office.
                office = office or kind[len(known) + 1:]
                kind = known
                break
    if kind.endswith("Presiden") and office == "Presiden":
        office = ""  # "Keputusan Presiden", not "Keputusan Presiden Presiden"
    if kind == "Peraturan Menteri" and office.startswith("Menteri "):
        office = office[len("Menteri "):]  # "Peraturan Menteri PANRB"
    if kind == "Surat Keputusan Bersama" and " dan " not in office:
        # The ministers of a joint decree, as its title lists them: "A, B, dan C".
        names = [_OFFICES.get(o.strip(), o.strip()) for o in office.split(",") if o.strip()]
        office = (", ".join(names[:-1]) + ", dan " + names[-1]) if len(names) > 2 else join(
            names, "id")
    return kind, office, num


def cite(c: CitationLike, lang: str = "id", *, dated: bool | None = None) -> str:
    """A citation as Indonesian legal documents write it.

    ``Surat Edaran Bupati Bekasi Nomor 800/SE-26/BKPPD tanggal 18 Maret 2020``,
    ``Peraturan Menteri PANRB Nomor 4 Tahun 2025``, ``Keputusan Presiden Nomor
    68 Tahun 1995``; in English ``Circular of the Regent of Bekasi No.
    800/SE-26/BKPPD of 18 March 2020``, ``Presidential Regulation No. 21 of
    2023``.  The date is written when the number does not carry the year
    (*dated* forces it on or off).  Older, abbreviated data ("Surat Edaran
    MenPANRB", "Perpres") is written out the same way.
    """
    check_lang(lang)
    kind, office, num = _parts(c)
    numbered = bool(_NUMBERED.match(num)) or "/" in num
    if dated is None:
        dated = c.signed is not None and not _YEAR.search(num)
    if lang == "id":
        text = " ".join(x for x in (kind, office) if x)
        if numbered:
            text += f" Nomor {num}"
        elif num:
            text += f" {num}"
        if dated and c.signed is not None:
            text += f" tanggal {day(c.signed, 'id')}"
        return text
    kind_en = _KINDS_EN.get(kind, kind)
    office_en = office
    for pattern, repl in _OFFICES_EN:
        if pattern.match(office):
            office_en = pattern.sub(repl, office)
            break
    if not office:
        text = kind_en
    elif kind == "Peraturan Menteri":
        text = f"{kind_en} of {office}"
    elif kind == "Surat Keputusan Bersama":
        text = f"{kind_en} of {office.replace(' dan ', ' and ')}"
    elif kind_en != kind:
        text = f"{kind_en} of {office_en}"
    else:
        text = f"{kind} {office}"
    if numbered:
        text += " No. " + _YEAR.sub(r"of \1", num)
    elif num:
        for id_, en in _UNNUMBERED_EN:
            num = num.replace(id_, en)
        text += f" {num}"
    if dated and c.signed is not None:
        text += f" of {day(c.signed, 'en')}"
    return text


def revoked(r: RevokedHoliday, lang: str = "id") -> str:
    """Why a revoked holiday is a working day, citing what set it and what removed it.

    ``28 Desember 2020 semula ditetapkan sebagai cuti bersama (…) oleh …;
    penetapan itu dihapus oleh … tanggal 1 Desember 2020, sehingga tanggal itu
    hari kerja.``  The revoking instrument is dated whenever its date is known.
    """
    check_lang(lang)
    # Semicolons: the number of a joint decree holds commas of its own.
    cited = [cite(c, lang) for c in r.set_by]
    set_by = "; ".join(cited[:-1]) + f"; {word('and', lang)} " + cited[-1] if len(
        cited) > 1 else cited[0]
    by = cite(r.revoked_by, lang, dated=r.revoked_by.signed is not None)
    name = r.name(lang)
    if lang == "en":
        kind = holiday_kind(r.kind, "en")
        article = "" if r.kind == "cuti-bersama" else "a "
        return (f'{day(r.date, "en")} ("{name}") was first set as {article}{kind} by '
                f"{set_by}; that was revoked by {by}, so the date is a working day.")
    return (f"{day(r.date, 'id')} semula ditetapkan sebagai {holiday_kind(r.kind, 'id')} "
            f"({name}) oleh {set_by}; penetapan itu dihapus oleh {by}, sehingga tanggal itu "
            "hari kerja.")


# --------------------------------------------------------------------------- the catalog

_PREFIXES = (("kab-", "Kabupaten "), ("kota-", "Kota "), ("prov-", "Provinsi "))
_STANDALONE_KINDS = frozenset({"kecamatan", "kelurahan", "puskesmas", "sekolah", "uptd"})


def _spell(code: str) -> str:
    return " ".join(w.capitalize() for w in code.split("-"))


class Catalog:
    """The names of one rule set: governments, agencies and policies.

    Text for people names agencies by their catalog name and place
    ("Badan Perencanaan Pembangunan Daerah Kabupaten Bekasi") and policies by
    their citation, never by code.  A catalog of every rule set a
    :class:`~kebijakan_asn.Resolver` was built from is kept by fingerprint, so
    a decision can be explained without handing the resolver around.
    """

    __slots__ = ("_agencies", "_jurisdictions", "_ruleset")

    def __init__(self, ruleset: RuleSet | None = None) -> None:
        self._ruleset = ruleset
        self._jurisdictions: dict[str, str] = {}
        self._agencies: dict[tuple[str, str], Agency] = {}
        if ruleset is not None:
            self._jurisdictions = {c: j.name for c, j in ruleset.jurisdictions.items()}
            self._agencies = dict(ruleset.agencies)

    def jurisdiction(self, code: str) -> str:
        """``Kabupaten Bekasi`` (the government's name without "Pemerintah")."""
        name = self._jurisdictions.get(code)
        if not code:
            return ""
        if name is None:
            for prefix, word_ in _PREFIXES:
                if code.startswith(prefix):
                    return word_ + _spell(code[len(prefix):])
            return "Pemerintah Pusat" if code == "nasional" else _spell(code)
        return name.removeprefix("Pemerintah ").strip() if name != "Pemerintah Pusat" else name

    def government(self, code: str) -> str:
        """``Pemerintah Kabupaten Bekasi``."""
        name = self._jurisdictions.get(code) or self.jurisdiction(code)
        return name if name.startswith("Pemerintah") else f"Pemerintah {name}"

    def agency(self, jurisdiction: str, code: str, place: bool = True) -> str:
        """``Badan Perencanaan Pembangunan Daerah Kabupaten Bekasi``, ``UPTD Puskesmas Tambun``
        (without the government's name when *place* is false)."""
        a = self._agencies.get((jurisdiction, code))
        where = self.jurisdiction(jurisdiction) if place else ""
        if a is None:
            return f"{_spell(code)} {where}".strip()
        if (not where or a.parent is not None or a.kind in _STANDALONE_KINDS
                or jurisdiction == "nasional" or where in a.name):
            return a.name
        return f"{a.name} {where}"

    def fact(self, name: str, lang: str = "id") -> str:
        """A fact in words (its declared description); the name where unknown."""
        if self._ruleset is None or name not in self._ruleset.facts:
            return name.replace("_", " ")
        return self._ruleset.facts[name].description(lang)

    def policy(self, policy_id: str) -> Policy | None:
        """The policy *policy_id* of the rule set, if the catalog knows it."""
        if self._ruleset is None:
            return None
        return self._ruleset.policies.get(policy_id)

    def holidays_on(self, jurisdiction: str, on: dt.date) -> Sequence[Holiday]:
        """The holidays of *jurisdiction* on *on* (empty when the catalog has no rule set)."""
        if self._ruleset is None or jurisdiction not in self._ruleset.jurisdictions:
            return ()
        return [h for h in self._ruleset.holidays(jurisdiction, on.year) if h.date == on]


_REGISTRY: dict[str, Catalog] = {}
_KEEP = 64
"""The catalogs of this many rule sets are kept (the most recently built)."""
_EMPTY = Catalog()


def register(ruleset: RuleSet) -> Catalog:
    """Keep the catalog of *ruleset* for explaining decisions made with it.

    Rule sets with the same fingerprint have the same names, so the text of an
    explanation depends only on the decision and the rule set that made it."""
    found = _REGISTRY.get(ruleset.fingerprint)
    if found is None:
        if len(_REGISTRY) >= _KEEP:
            del _REGISTRY[next(iter(_REGISTRY))]
        found = _REGISTRY[ruleset.fingerprint] = Catalog(ruleset)
    return found


def catalog(fingerprint: str | None = None) -> Catalog:
    """The catalog of the rule set with *fingerprint*; an empty one (names spelt
    from the codes) when no resolver of that rule set was built in this process."""
    if fingerprint is not None and fingerprint in _REGISTRY:
        return _REGISTRY[fingerprint]
    return _EMPTY
