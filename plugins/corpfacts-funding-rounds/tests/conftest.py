"""Let the tests run from a source checkout, whether or not the plugin is installed."""

import importlib.util
import sys
from pathlib import Path

if importlib.util.find_spec("corpfacts_funding_rounds") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
