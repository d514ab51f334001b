"""Fixtures: a resolver with exactly the national rule set and this plugin."""

from __future__ import annotations

import kebijakan_asn_kota_bekasi
import pytest

import kebijakan_asn.nasional
from kebijakan_asn import Resolver


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    """National rules plus Kota Bekasi, and no other region plugin."""
    return Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_kota_bekasi.plugin])
