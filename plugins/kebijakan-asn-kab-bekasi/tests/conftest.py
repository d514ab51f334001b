"""Shared fixtures: a resolver with exactly the national and the Kab. Bekasi rule sets."""

from __future__ import annotations

import kebijakan_asn_kab_bekasi
import pytest

import kebijakan_asn.nasional
from kebijakan_asn import Resolver


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    """National rules plus Kabupaten Bekasi, and no other region plugin."""
    return Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_kab_bekasi.plugin])
