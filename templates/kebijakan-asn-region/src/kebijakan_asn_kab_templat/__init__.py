"""Rule set of Pemerintah Kabupaten Templat for kebijakan-asn.

TEMPLAT: list the modules, one per legal instrument, and what each encodes:

* :mod:`.se_contoh` — ``kab-templat/2026-wfa-contoh`` (an example circular)

The agency catalog is in :mod:`.agencies`.  Installed, the distribution
registers the entry point ``kab-templat`` in the group ``kebijakan_asn``.
"""

from __future__ import annotations

from kebijakan_asn import ModulePlugin

from . import se_contoh  # TEMPLAT: import your instrument modules
from .agencies import AGENCIES, JURISDICTION

__all__ = ["AGENCIES", "JURISDICTION", "__version__", "plugin"]

__version__ = "0.1.0"

plugin = ModulePlugin(
    JURISDICTION.code,
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    modules=[se_contoh],  # TEMPLAT: one module per legal instrument
)
