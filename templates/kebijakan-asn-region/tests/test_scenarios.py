"""Every case of the scenario files in ``scenarios/``: decisions as data."""

from kebijakan_asn.testing import scenario_tests

test_scenario = scenario_tests("scenarios")
