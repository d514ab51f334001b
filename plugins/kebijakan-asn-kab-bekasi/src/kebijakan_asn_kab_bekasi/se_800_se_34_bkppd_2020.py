"""SE Bupati Bekasi 800/SE-34/BKPPD (``kab-bekasi/2020-fwa-covid19-perpanjangan``).

The extension of the COVID-19 FWA of SE 800/SE-26/BKPPD to 14 April 2020.
Sources: Antaranews (Kalteng and Jabar), Radar Bekasi and Dakta, 31 March–3 April
2020:

    Kebijakan ini tertuang dalam Surat Edaran Bupati Bekasi Nomor:
    800/SE-34/BKPPD perihal perpanjangan bekerja dari rumah/tempat tinggal
    (Work From Home) pada masa darurat Corona Virus Disease (Covid-19) di
    Lingkungan Pemerintah Kabupaten Bekasi.
    (Radar Bekasi) ... diperpanjang sampai dengan tanggal 14 April 2020 dengan
    ketentuan teknis sesuai dengan Surat Edaran Bupati Bekasi Nomor
    800/SE-26/BKPPD tentang Penyesuaian Sistem Kerja.
    Bupati Bekasi Eka Supria Atmaja menjelaskan kebijakan ini sesuai arahan
    pemerintah yang tertuang dalam Surat Edaran Menteri Pendayagunaan Aparatur
    Negara dan Reformasi Birokrasi Nomor 19 Tahun 2020 ...

Encoded: the same provisions and conditions as the amended circular, from
1 to 14 April 2020, with ``amends="kab-bekasi/2020-fwa-covid19"``: the press
says the technical rules stay those of SE 800/SE-26/BKPPD, so the resolver
applies that circular's exemption and rank rules, and the trace and the basis
cite SE 800/SE-26/BKPPD as where they are written.  ``derived_from`` SE
MenPANRB 19/2020, which the Bupati names.

The first day is the day after the amended circular ends (1 April 2020); the
press reports the extension on Tuesday 31 March 2020 but gives no signing
date, so ``signed`` is None.

Not encoded: anything the extension may have changed beyond the dates; the
press reports none.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import Citation, Period, Policy, Provenance, Source

from . import se_800_se_26_bkppd_2020 as original

__all__ = ["POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "kab-bekasi/2020-fwa-covid19-perpanjangan"

Q_PERPANJANGAN = ("Kebijakan ini tertuang dalam Surat Edaran Bupati Bekasi Nomor: 800/SE-34/BKPPD "
                  "perihal perpanjangan bekerja dari rumah/tempat tinggal (Work From Home) pada "
                  "masa darurat Corona Virus Disease (Covid-19) di Lingkungan Pemerintah "
                  "Kabupaten Bekasi.")
Q_KETENTUAN = ("Dimana sebelumnya, dilaksanakan mulai tanggal 18 Maret 2020 sampai dengan 31 "
               "Maret 2020, diperpanjang sampai dengan tanggal 14 April 2020 dengan ketentuan "
               "teknis sesuai dengan Surat Edaran Bupati Bekasi Nomor 800/SE-26/BKPPD tentang "
               "Penyesuaian Sistem Kerja,” terang Eka.")
Q_PUSAT = ("Bupati Bekasi Eka Supria Atmaja menjelaskan kebijakan ini sesuai arahan pemerintah "
           "yang tertuang dalam Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi "
           "Birokrasi Nomor 19 Tahun 2020 tentang Penyesuaian Sistem Kerja Aparatur Sipil "
           "Negara.")

SE_34 = Citation(
    instrument="Surat Edaran",
    number="800/SE-34/BKPPD",
    issuer="Bupati Bekasi",
    signatory="Eka Supria Atmaja",
    signed=None,
    provenance=Provenance.PRESS,
    derived_from=(original.PARENT,),
    sources=(
        Source("Antaranews", dt.date(2020, 3, 31),
               "https://kalteng.antaranews.com/nasional/berita/1393010/pemkab-bekasi-"
               "perpanjang-masa-kerja-dari-rumah-bagi-asn",
               "Pemkab Bekasi perpanjang masa kerja dari rumah bagi ASN"),
        Source("Radar Bekasi", dt.date(2020, 4, 3),
               "https://radarbekasi.id/2020/04/03/masa-kerja-di-rumah-bagi-asn-diperpanjang/",
               "Masa Kerja di Rumah Bagi ASN Diperpanjang"),
        Source("Dakta", dt.date(2020, 3, 31),
               "http://dakta.com/news/23970/pemkab-bekasi-perpanjang-wfh-asn-hingga-14-april",
               "Pemkab Bekasi Perpanjang WFH ASN Hingga 14 April"),
    ),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kab-bekasi",
    title=("Perpanjangan Flexible Working Arrangement (FWA) ASN sampai 14 April 2020",
           "Extension of the civil servants' Flexible Working Arrangement (FWA) to "
           "14 April 2020"),
    citation=SE_34,
    periods=[Period(dt.date(2020, 4, 1), dt.date(2020, 4, 14))],
    provisions=original.PROVISIONS,
    conditions=original.CONDITIONS,
    amends=original.POLICY_ID,
    quotes=[Q_PERPANJANGAN, Q_KETENTUAN, Q_PUSAT],
    notes=[("Memperpanjang Surat Edaran Bupati Bekasi Nomor 800/SE-26/BKPPD; ketentuan teknis "
            "FWA tetap sama.",
            "Extends Circular 800/SE-26/BKPPD of the Bupati of Bekasi; the technical FWA rules "
            "stay the same.")],
    readings=original.READINGS,
)

POLICIES = [POLICY]
