"""The conformance suite of kebijakan_asn.testing: what every rule-set plugin must satisfy."""

import kebijakan_asn_kota_bandung

from kebijakan_asn.testing import conformance

test_conformance = conformance.suite(kebijakan_asn_kota_bandung.plugin)
