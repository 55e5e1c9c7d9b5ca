"""Ships the repository's `facts.yaml` inside the package.

The top-level `facts.yaml` is the file people edit; a wheel (and so `pip install .` or
pipx) must still carry it, so the build copies it to `intents/data/facts.yaml`. An
editable install reads the top-level file directly (see `intents.loader.shipped_path`).
Everything else is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).resolve().parent / "facts.yaml"
TARGET = Path("intents") / "data" / "facts.yaml"


class BuildWithFacts(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / TARGET
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return outputs if self.editable_mode else [*outputs, str(Path(self.build_lib) / TARGET)]


setup(cmdclass={"build_py": BuildWithFacts})
