"""The WFH study ordered by the Wali Kota on 4 November 2025: a **draft**
(``kota-bekasi/2025-kajian-wfh``).

No circular was issued; the resolver uses this policy only when drafts are
asked for (``include_drafts``), and a decision that uses it says so.
Source: seed 002 (Venomena.id, "Polemik WFH ASN Pemkot Bekasi: Efisiensi atau
Ganggu Layanan Publik?").

    "Pemerintah Kota Bekasi tengah menimbang langkah besar, apakah para
    Aparatur Sipil Negara (ASN) di lingkungan Pemkot akan mulai bekerja dari
    rumah alias Work From Home (WFH)?"

    "Setelah Pemerintah Provinsi Jawa Barat resmi menguji coba sistem WFH dua
    bulan penuh, Pemkot Bekasi mulai melakukan kajian serupa tentu dengan
    penyesuaian terhadap kebutuhan dan karakteristik pelayanan di tingkat kota."

    Wali Kota Tri Adhianto: "Saya lihat di provinsi setiap Kamis mulai
    diterapkan WFH. Saya minta Pak Sekda segera kaji, apakah memungkinkan di
    level Kota Bekasi juga diterapkan," ujar Tri, Selasa (4/11).
    "Kalau bisa lebih efisien tanpa mengganggu pelayanan masyarakat, kenapa
    tidak? Tapi semua harus dikaji matang."

    BKPSDM (Henry Mayors): "Saat ini kami sedang memetakan kesiapan tiap OPD dan
    menilai mekanisme terbaik agar sistem kerja jarak jauh tetap efektif."

    Komisi I DPRD (Rizki Topananda): "WFH itu bukan santai di rumah. ASN tetap
    harus bekerja dan hasil kerjanya harus bisa diukur. Output-nya harus
    jelas." — "Harus ada laporan kerja yang terukur setiap hari." —
    "Mekanismenya harus jelas. Bagaimana laporan disusun, bagaimana evaluasi
    dilakukan, dan bagaimana pelayanan masyarakat tetap jalan."

How the proposal is encoded (``status="draft"``, provenance ``seed``):

* Period from 4 Nov 2025 (the day of the order), open-ended: a study has no
  end date.
* WFH **assigned** every Thursday (``FREQ=WEEKLY;BYDAY=TH``): the Pemprov
  Jawa Barat Tahap I pattern the Wali Kota points to ("setiap Kamis"), where
  all staff of a perangkat daerah work from home on Thursday.  No rank rule:
  the Pemprov pattern has none and the seed names none.
* Exemption of direct-service units and staff: the Pemprov pattern excludes
  "unit … yang memiliki fungsi pelayanan langsung kepada masyarakat"
  (domain.md §5), and the seed sets the condition "tanpa mengganggu pelayanan
  masyarakat" / "pelayanan publik tidak boleh terganggu sedikit pun".
* Condition ``laporan-kinerja``: a measurable work report every day (Komisi I
  DPRD).  The seed names no channel (no e-Kinerja application), so none is set.
* Statuses: ASN (PNS and PPPK); the seed speaks only of ASN.
* ``derived_from`` is empty.  A study cites no legal basis, and the pattern it
  copies is a provincial circular, which ``derived_from`` may not name.  Where
  PermenPANRB 4/2025 is in force, decisions therefore keep saying that Kota
  Bekasi has no registered implementing policy.  That is true: this draft is
  not one.

Conflicts and what is not encoded:

* Date: the seed dates the Wali Kota's words "Selasa (4/11)", and 4 Nov 2025
  was a Tuesday.  domain.md §6 (metrobekasi, rakyatbekasi) says 3 Nov 2025.
  The seed stands.
* wartagrandwisata (domain.md §6, one outlet) describes a planned copy of the
  whole Jabar trial: Thursdays in November, then a **rotating 50/50** in
  December, with expected savings of 35–40 %.  The seed does not say this and
  no mechanism was published, so only the Thursday pattern is encoded.
* The decision "apakah Pemkot Bekasi akan ikut menerapkan WFH pada akhir
  tahun atau menunggu hasil evaluasi dari Pemprov Jabar" was still open; the
  draft's start on 4 Nov is the earliest the proposal could apply, not a date
  anyone announced.
* The DPRD's demands on evaluation and mechanism are notes, not rules.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    ASN,
    Arrangement,
    Citation,
    Condition,
    ConditionCode,
    Exemption,
    Grant,
    Period,
    Policy,
    PolicyStatus,
    Provenance,
    Provision,
    Recurrence,
    Source,
)

__all__ = ["CITATION", "EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "kota-bekasi/2025-kajian-wfh"

_ORDER = (
    "Saya lihat di provinsi setiap Kamis mulai diterapkan WFH. Saya minta Pak Sekda segera "
    "kaji, apakah memungkinkan di level Kota Bekasi juga diterapkan."
)
_SERVICE = (
    "Kalau bisa lebih efisien tanpa mengganggu pelayanan masyarakat, kenapa tidak? Tapi semua "
    "harus dikaji matang."
)
_REPORT = (
    "Kalau absen rajin tapi gak ada hasil, ya percuma. Harus ada laporan kerja yang terukur "
    "setiap hari."
)

CITATION = Citation(
    instrument="Arahan kajian",
    number="tanpa nomor (4 November 2025)",
    issuer="Wali Kota Bekasi",
    signatory="Tri Adhianto",
    signed=None,
    provenance=Provenance.SEED,
    sources=(
        Source("Venomena.id", dt.date(2025, 11, 5),
               "https://venomena.id/2025/11/05/polemik-wfh-asn-pemkot-bekasi-efisiensi-atau-"
               "ganggu-layanan-publik",
               "Polemik WFH ASN Pemkot Bekasi: Efisiensi atau Ganggu Layanan Publik?"),
        Source("Metro Bekasi", dt.date(2025, 11, 3), "https://metrobekasi.co.id/?p=1254"),
    ),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kota-bekasi",
    title=("RANCANGAN (kajian, belum berlaku): WFH setiap Kamis bagi ASN Kota Bekasi",
           "DRAFT (study, not in force): WFH every Thursday for Kota Bekasi ASN"),
    citation=CITATION,
    periods=[Period(dt.date(2025, 11, 4), None)],
    provisions=[
        Provision(
            grant=Grant.ASSIGNED,
            arrangement=Arrangement.WFH,
            schedule=Recurrence("FREQ=WEEKLY;BYDAY=TH",
                                label=("setiap Kamis", "every Thursday")),
            label=("usulan: WFH setiap Kamis mengikuti pola Pemprov Jawa Barat",
                   "proposal: WFH every Thursday following the Pemprov Jawa Barat pattern"),
            quote=_ORDER,
        ),
    ],
    statuses=ASN,
    conditions=[
        Condition(
            code=ConditionCode.LAPORAN_KINERJA,
            text=("Laporan kerja yang terukur setiap hari; output harus jelas "
                  "(Komisi I DPRD Kota Bekasi).",
                  "A measurable work report every day; the output must be clear "
                  "(Komisi I of the DPRD Kota Bekasi)."),
        ),
    ],
    status=PolicyStatus.DRAFT,
    quotes=(
        "Pemerintah Kota Bekasi tengah menimbang langkah besar, apakah para Aparatur Sipil "
        "Negara (ASN) di lingkungan Pemkot akan mulai bekerja dari rumah alias Work From Home "
        "(WFH)?",
        _ORDER,
        _SERVICE,
        "Saat ini kami sedang memetakan kesiapan tiap OPD dan menilai mekanisme terbaik agar "
        "sistem kerja jarak jauh tetap efektif.",
        "WFH itu bukan santai di rumah. ASN tetap harus bekerja dan hasil kerjanya harus bisa "
        "diukur. Output-nya harus jelas.",
        _REPORT,
        "Mekanismenya harus jelas. Bagaimana laporan disusun, bagaimana evaluasi dilakukan, "
        "dan bagaimana pelayanan masyarakat tetap jalan.",
    ),
    notes=[
        ("Rancangan: Wali Kota meminta Sekda mengkaji WFH (4 November 2025) dan BKPSDM "
         "memetakan kesiapan tiap OPD; tidak ditemukan surat edaran yang memberlakukannya.",
         "Draft: the Wali Kota asked the Sekda to study WFH (4 November 2025) and the BKPSDM "
         "is mapping each OPD's readiness; no circular enacting it was found."),
        ("Komisi I DPRD meminta mekanisme yang jelas: cara menyusun laporan, cara evaluasi, "
         "dan cara menjaga pelayanan masyarakat.",
         "Komisi I of the DPRD asks for a clear mechanism: how reports are written, how "
         "evaluation is done and how public service keeps running."),
    ],
)

EXEMPTIONS = [
    Exemption(
        policy=POLICY_ID,
        direct_service=True,
        reason=("unit dan pegawai dengan fungsi pelayanan langsung kepada masyarakat tetap "
                "bekerja di kantor (pola Pemprov Jawa Barat); pelayanan masyarakat tidak boleh "
                "terganggu",
                "units and staff serving the public directly keep working in the office "
                "(Pemprov Jawa Barat pattern); public service must not be disrupted"),
        quote=_SERVICE,
    ),
]

POLICIES = [POLICY]
