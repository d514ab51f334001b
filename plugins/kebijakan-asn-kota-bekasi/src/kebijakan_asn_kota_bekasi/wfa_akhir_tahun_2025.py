"""The Kota Bekasi WFA of 29–31 December 2025 (``kota-bekasi/2025-wfa-akhir-tahun``).

Work From Anywhere on the three working days between Christmas and New Year,
following the MenPANRB letter B/531/M.KT.02/2025.  Sources: Rakyat Bekasi
(23 December 2025), Harnasnews (24 December 2025), Poskota (29 December 2025):

    (Rakyat Bekasi) Langkah ini diambil sebagai bentuk dukungan terhadap
    implementasi instruksi Pemerintah Pusat melalui Kementerian Pendayagunaan
    Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB).
    Adapun tanggal 29, 30, dan 31 Desember 2025 ditetapkan sebagai masa
    pelaksanaan uji coba skema WFA bagi ASN di lingkungan Pemkot Bekasi.
    "... Jadi masing-masing Organisasi Perangkat Daerah (OPD) mengajukan
    skemanya, karena tidak semua OPD bisa melakukan WFA secara penuh," ujar
    Tri Adhianto ...
    (Harnasnews) "Memberikan kesempatan kepada aparatur yang melaksanakan
    pekerjaan di mana saja, yang ada satu tanggung jawab, ada indikator, ada
    laporan kinerja yang harus dilakukan secara online," pungkasnya.
    (Poskota) "Saya minta OPD yang berkaitan langsung dengan pelayanan publik
    memastikan kehadiran dan kesiapan personel. Pelayanan kepada masyarakat
    tidak boleh terganggu," ujar Junaedi ...

Encoded:

* WFA **permitted** for ASN on 29–31 December 2025, ``derived_from``
  ``nasional/b-531-2025`` (the "instruksi Pemerintah Pusat melalui
  KemenPAN-RB" of those very days).
* Conditions: ``jadwal-unit`` (each OPD submits its own scheme) and
  ``laporan-kinerja`` (online).
* Exempt: units and staff serving the public directly (``direct_service``):
  the Sekda asks the OPD "yang berkaitan langsung dengan pelayanan publik" to
  keep their staff present.

Not encoded, and why:

* The instrument and its number: the press reports the Wali Kota's decision
  and the Sekda's instructions but names no circular.  The citation says so
  ("instrumen dan nomor belum dikonfirmasi") instead of inventing one.
* A share or quota: none is reported ("tidak semua OPD bisa melakukan WFA
  secara penuh" leaves it to each OPD's scheme).
* Non-ASN staff: the reports speak of ASN and "aparatur" only.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    Arrangement,
    Citation,
    Condition,
    ConditionCode,
    Exemption,
    Grant,
    Period,
    Policy,
    Provenance,
    Provision,
    Source,
)

__all__ = ["EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "kota-bekasi/2025-wfa-akhir-tahun"
PARENT = "nasional/b-531-2025"

Q_PUSAT = ("Langkah ini diambil sebagai bentuk dukungan terhadap implementasi instruksi "
           "Pemerintah Pusat melalui Kementerian Pendayagunaan Aparatur Negara dan Reformasi "
           "Birokrasi (KemenPAN-RB).")
Q_TANGGAL = ("Adapun tanggal 29, 30, dan 31 Desember 2025 ditetapkan sebagai masa pelaksanaan "
             "uji coba skema WFA bagi ASN di lingkungan Pemkot Bekasi.")
Q_SKEMA = ("”Saya sudah sosialisasikan untuk kemudian dikomandani oleh Pak Sekda nanti. Jadi "
           "masing-masing Organisasi Perangkat Daerah (OPD) mengajukan skemanya, karena tidak "
           "semua OPD bisa melakukan WFA secara penuh,” ujar Tri Adhianto dalam keterangannya, "
           "Selasa (23/12/2025).")
Q_LAPORAN = ("“Memberikan kesempatan kepada aparatur yang melaksanakan pekerjaan di mana saja, "
             "yang ada satu tanggung jawab, ada indikator, ada laporan kinerja yang harus "
             "dilakukan secara online,” pungkasnya.")
Q_PELAYANAN = ("“Saya minta OPD yang berkaitan langsung dengan pelayanan publik memastikan "
               "kehadiran dan kesiapan personel. Pelayanan kepada masyarakat tidak boleh "
               "terganggu,” ujar Junaedi pada Senin, 29 Desember 2025.")

CITATION = Citation(
    instrument="Kebijakan",
    number="instrumen dan nomor belum dikonfirmasi",
    issuer="Wali Kota Bekasi",
    signatory="Tri Adhianto",
    signed=None,
    provenance=Provenance.PRESS,
    derived_from=(PARENT,),
    sources=(
        Source("Rakyat Bekasi", dt.date(2025, 12, 23),
               "https://rakyatbekasi.com/pemkot-bekasi-siapkan-skema-wfa-asn-jelang-libur-natal-"
               "dan-tahun-baru-2026",
               "Pemkot Bekasi Siapkan Skema WFA ASN Jelang Libur Natal dan Tahun Baru 2026"),
        Source("Harnasnews", dt.date(2025, 12, 24), "https://www.harnasnews.com/192197.html",
               "Forkopimda Kota Bekasi Lakukan Pemantauan Malam Natal"),
        Source("Poskota", dt.date(2025, 12, 29),
               "https://www.poskota.co.id/2025/12/29/asn-pelayanan-publik-di-kota-bekasi-"
               "dilarang-cuti-sembarangan-jelang-akhir-tahun",
               "ASN Pelayanan Publik di Kota Bekasi Dilarang Cuti Sembarangan Jelang Akhir "
               "Tahun"),
    ),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kota-bekasi",
    title=("Work From Anywhere (WFA) pada 29–31 Desember 2025",
           "Work From Anywhere (WFA) on 29–31 December 2025"),
    citation=CITATION,
    periods=[Period(dt.date(2025, 12, 29), dt.date(2025, 12, 31))],
    provisions=[
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFA,
            conditions=[Condition(
                ConditionCode.JADWAL_UNIT,
                ("Hari WFA mengikuti skema yang diajukan perangkat daerah masing-masing.",
                 "The WFA days follow the scheme submitted by one's own perangkat daerah."),
            )],
            label=("WFA sesuai skema perangkat daerah", "WFA on the agency's scheme"),
            quote=Q_TANGGAL,
        ),
    ],
    conditions=[Condition(
        ConditionCode.LAPORAN_KINERJA,
        ("Laporan kinerja disampaikan secara daring.", "The performance report is filed online."),
        channel="daring",
    )],
    quotes=[Q_PUSAT, Q_TANGGAL, Q_SKEMA, Q_LAPORAN, Q_PELAYANAN],
    readings=[
        ("Sumber tidak menyebut nomor surat edaran; kebijakan ini dicatat dari pernyataan Wali "
         "Kota dan Sekretaris Daerah sebagai pelaksanaan Surat Menteri PANRB Nomor "
         "B/531/M.KT.02/2025.",
         "The sources name no circular number; the policy is recorded from the statements of "
         "the mayor and the city secretary as implementing the MenPANRB letter "
         "B/531/M.KT.02/2025."),
        ("OPD yang berkaitan langsung dengan pelayanan publik dibaca sebagai unit dan pegawai "
         "pelayanan langsung, yang tetap bekerja di kantor.",
         "The agencies directly concerned with public service are read as the direct-service "
         "units and staff, who stay in the office."),
    ],
)

EXEMPTIONS = [
    Exemption(policy=POLICY_ID, direct_service=True,
              reason=("OPD yang berkaitan langsung dengan pelayanan publik memastikan kehadiran "
                      "personel",
                      "agencies directly concerned with public service keep their staff "
                      "present"),
              quote=Q_PELAYANAN),
]

POLICIES = [POLICY]
