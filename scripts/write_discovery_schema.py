"""Write docs/authority-gateway.schema.json from the discovery document's models.

Usage: .venv/bin/python scripts/write_discovery_schema.py
(tests/legal/gateway/test_discovery.py fails while the file and the models differ.)
"""

from __future__ import annotations

import json
from pathlib import Path

from safeharbour.legal.gateway.discovery import discovery_json_schema

TARGET = Path(__file__).resolve().parents[1] / "docs" / "authority-gateway.schema.json"
TARGET.write_text(json.dumps(discovery_json_schema(), indent=2, ensure_ascii=False) + "\n")
print("wrote", TARGET)
