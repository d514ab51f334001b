"""What every rule-set plugin must satisfy (kebijakan_asn.testing.conformance)."""

from kebijakan_asn.testing import conformance

test_conformance = conformance.suite()
