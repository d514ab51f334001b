"""The plugin under test, for the fixtures of kebijakan_asn.testing.

``kebijakan_resolver`` is then the national rules plus this plugin only;
``make_employee("bappeda", "pelaksana")`` builds an employee of this
government.
"""

from __future__ import annotations

import kebijakan_asn_kab_templat  # TEMPLAT
import pytest


@pytest.fixture(scope="session")
def kebijakan_plugin() -> object:
    return kebijakan_asn_kab_templat.plugin  # TEMPLAT
