"""The notebooks in notebooks/: committed without outputs, and they run top to bottom.

Each notebook is executed once with nbclient, in a kernel started by this
interpreter (a kernel spec written to a temporary JUPYTER_PATH), so the test does not depend
on which ``python3`` kernel a machine has registered.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["explore.ipynb", "timeline.ipynb"]
KERNEL = "eventgraph-test"
# Seconds a single cell may take before the run counts as hung. The ingest cell parses the
# whole sample corpus: about 10 s, but minutes on a machine whose disk or cores are saturated.
CELL_TIMEOUT = 600


def _outputs(nb: Any, mime: str) -> list[str]:
    """Every output of the notebook's code cells carrying *mime*, as text."""
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if mime in data:
                value = data[mime]
                found.append(value if isinstance(value, str) else "".join(value))
            elif mime == "text/plain" and output.get("output_type") == "stream":
                found.append(output.get("text", ""))
    return found


@pytest.fixture(scope="session")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jupyter")
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "eventgraph test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    return folder


def _execute(name: str, kernel_dir: Path) -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(kernel_dir))
        patch.setenv("JUPYTER_PLATFORM_DIRS", "1")
        patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        client = nbclient.NotebookClient(
            nb,
            kernel_name=KERNEL,
            timeout=CELL_TIMEOUT,
            resources={"metadata": {"path": str(NOTEBOOKS)}},
        )
        client.execute()
    return nb


# What each notebook must show once run. One test per notebook checks them all, so each
# notebook is executed once, also under pytest-xdist.
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "explore.ipynb": [
        ("text/plain", "documents,"),  # the ingest report
        ("text/html", "<table"),  # the timeline and the other answers as DataFrames
        ("text/html", "Radek Vlasko"),  # the shortest chain of events names its ends
        ("text/html", "<iframe srcdoc="),  # the pyvis page inline, self-contained
        ("text/html", "vis.Network"),
    ],
    "timeline.ipynb": [
        ("image/png", ""),  # one actor's events by type, drawn by matplotlib
        ("text/plain", "same events as the API: True"),  # the SPARQL query agrees
    ],
}


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_committed_without_outputs(name: str) -> None:
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    code = [cell for cell in nb["cells"] if cell["cell_type"] == "code"]
    assert code
    dirty = [
        index
        for index, cell in enumerate(code)
        if cell.get("outputs") or cell.get("execution_count") is not None
    ]
    assert dirty == [], f"{name}: code cells {dirty} keep outputs; clear them before committing"


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebooks_run_top_to_bottom(kernel_dir: Path, name: str) -> None:
    nb = _execute(name, kernel_dir)
    missing = [
        (mime, expected)
        for mime, expected in EXPECTED[name]
        if not any(expected in text for text in _outputs(nb, mime))
    ]
    assert missing == [], f"{name} ran but did not show these outputs"
    # The notebook removes its temporary store at the end.
    printed = "".join(_outputs(nb, "text/plain"))
    store = printed.split(" triples in ", 1)[1].split()[0]
    assert not Path(store).exists()
