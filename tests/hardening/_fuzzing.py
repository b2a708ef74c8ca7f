"""Shared by the hardening tests: fixtures of real rows and how many examples to run."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).resolve().parents[1] / "formats" / "fixtures"
OEDA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "oeda-dictionaries"

# A bounded profile keeps the suite fast; EVENTKIT_FUZZ_EXAMPLES=5000 runs a long fuzzing session.
EXAMPLES = int(os.environ.get("EVENTKIT_FUZZ_EXAMPLES", "100"))
settings.register_profile(
    "hardening",
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    database=None,
)
fuzz_settings = settings.get_profile("hardening")
