"""Compatibility entry point: the command line lives in :mod:`kebijakan_asn.cli`.

``kebijakan_asn._cli:main`` stays the console-script target so that installed
scripts keep working across upgrades.
"""

from __future__ import annotations

from .cli import main
from .cli._input import read_employees
from .cli.verify import verify_record

__all__ = ["main", "read_employees", "verify_record"]
