"""The national rule set, built in: it uses the same hooks as any region.

Modules, one per legal instrument:

* :mod:`.perpres_21_2023` — ``nasional/hari-kerja`` (Keppres 68/1995, then Perpres 21/2023)
* :mod:`.skb_libur_cuti_bersama` — ``nasional/libur`` (SKB 3 Menteri and Keppres cuti bersama)
* :mod:`.se_menpanrb_19_2020` — ``nasional/se-menpanrb-19-2020``
* :mod:`.se_menpanrb_1_2024` — ``nasional/se-menpanrb-1-2024``
* :mod:`.se_menpanrb_2_2025` — ``nasional/se-menpanrb-2-2025``
* :mod:`.permenpanrb_4_2025` — ``nasional/permenpanrb-4-2025``
* :mod:`.b_531_2025` — ``nasional/b-531-2025``
* :mod:`.se_menpanrb_2_2026` — ``nasional/se-menpanrb-2-2026``
"""

from __future__ import annotations

from collections.abc import Iterable

from .._model import Agency, FactSpec, Holiday, Jurisdiction, RevokedHoliday
from .._plugin import ModulePlugin
from . import (
    b_531_2025,
    permenpanrb_4_2025,
    perpres_21_2023,
    se_menpanrb_1_2024,
    se_menpanrb_2_2025,
    se_menpanrb_2_2026,
    se_menpanrb_19_2020,
    skb_libur_cuti_bersama,
)

__all__ = ["OFFICE_ACCESS_CUT", "SURAT_PERINTAH", "plugin"]

from .._version import __version__

JURISDICTION = Jurisdiction(code="nasional", name="Pemerintah Pusat", level="nasional")

_J = "nasional"
AGENCIES = [
    Agency(_J, "kemenpanrb",
           "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "kementerian"),
    Agency(_J, "bkn", "Badan Kepegawaian Negara", "badan"),
    Agency(_J, "kemendagri", "Kementerian Dalam Negeri", "kementerian"),
    Agency(_J, "kemenkes", "Kementerian Kesehatan", "kementerian"),
    Agency(_J, "rsup-hasan-sadikin", "RSUP Dr. Hasan Sadikin Bandung", "rsup",
           parent="kemenkes", direct_service=True),
]

OFFICE_ACCESS_CUT = FactSpec(
    name="office_access_cut",
    description=(
        "akses antara rumah dan kantor terputus (misalnya karena banjir)",
        "the route between home and office is cut (e.g. by a flood)",
    ),
)

SURAT_PERINTAH = FactSpec(
    name="surat_perintah",
    description=(
        "kepala perangkat daerah telah menerbitkan surat perintah bagi pegawai untuk "
        "bekerja di luar kantor",
        "the head of the perangkat daerah has issued the written order (surat perintah) "
        "for the employee to work away from the office",
    ),
)


def _holidays(jurisdiction: str, year: int) -> Iterable[Holiday]:
    """National holidays and cuti bersama hold for every instansi."""
    return skb_libur_cuti_bersama.national_holidays(year)


def _revoked(jurisdiction: str, year: int) -> Iterable[RevokedHoliday]:
    """National days set as holidays, then revoked: working days for every instansi."""
    return skb_libur_cuti_bersama.national_revoked(year)


plugin = ModulePlugin(
    "nasional",
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    facts=[OFFICE_ACCESS_CUT, SURAT_PERINTAH],
    modules=[
        perpres_21_2023,
        skb_libur_cuti_bersama,
        se_menpanrb_19_2020,
        se_menpanrb_1_2024,
        se_menpanrb_2_2025,
        permenpanrb_4_2025,
        b_531_2025,
        se_menpanrb_2_2026,
    ],
    holidays=_holidays,
    revoked=_revoked,
)
