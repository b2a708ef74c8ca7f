"""Build hook: mypyc (the compiled build, README "Faster") compiles in place and leaves the
compiled modules beside their sources once the wheel has them. Python imports a compiled
module before its source, so a checkout would go on running that code after its sources
change: remove them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        for pattern in ("*.so", "*.pyd"):
            for path in Path(self.root, "src").rglob(pattern):
                path.unlink()
