"""Where the papers live with several counters: files in a shared folder (chosen) or bytea rows on the server.

Measures, on this machine and in one run, archiving and reading back one paper of a receipt's size and of a signed
letter's size (real papers made by the app's demo) as the app archives it (`services.files.write_atomically`:
temporary name, fsync, rename, folder fsync) into a local folder, and as one `INSERT … bytea` + `COMMIT` into a
table on the PostgreSQL server, plus the size each adds to a `pg_dump -Fc`. It cannot measure an SMB share (no
Windows file server here): over the office network a file write adds the share's round trips, a bytea insert the
server's, and the report says so.

    PGHOST=… uv run python benchmarks/bench_papers.py [--runs N] [--json FILE]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Figure, Timing, emit, json_target, machine, server_connection


def real_papers(work: Path) -> dict[str, bytes]:
    """A tanda terima and a signed recommendation letter, made by the app itself (the demo's services)."""
    from kampar_desk.paths import AppPaths
    from kampar_desk.services.demo import fill_demo
    from kampar_desk.services.desk import open_desk
    from kampar_desk.store.database import close_database

    desk = open_desk(AppPaths(work / "demo", local_only=True))
    fill_demo(desk, 12, seed=5)
    close_database()
    receipt = next(desk.paths.documents_dir.rglob("*tanda-terima*.pdf"))
    letter = max(desk.paths.letters_dir.rglob("*.pdf"), key=lambda path: path.stat().st_size)
    return {"tanda terima": receipt.read_bytes(), "surat bertanda tangan": letter.read_bytes()}


def main(argv: list[str]) -> int:
    argv, out = json_target(argv)
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 200
    from kampar_desk.services.files import write_atomically

    work = Path(tempfile.mkdtemp(prefix="kd-papers-"))
    papers = real_papers(work)
    name = f"kd_papers_{os.getpid()}"
    admin = server_connection("postgresql:///" + os.environ.get("PGDATABASE", "postgres"))
    admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql:///{name}"
    figures: list[Figure] = []
    try:
        server = server_connection(url)
        server.execute("CREATE TABLE paper (id bigserial PRIMARY KEY, name text NOT NULL, content bytea NOT NULL)")
        for label, content in papers.items():
            folder = work / "arsip" / label.replace(" ", "-")
            folder.mkdir(parents=True)
            counter = iter(range(10**9))

            def to_file(content: bytes = content, folder: Path = folder, counter=counter) -> None:
                write_atomically(folder / f"{next(counter)}.pdf", content)

            def to_server(content: bytes = content, label: str = label) -> None:
                with server.transaction():
                    server.execute("INSERT INTO paper (name, content) VALUES (%s, %s)", (label, content))

            size = f"{len(content) / 1000:.0f} kB"
            figures.append(Figure("papers", f"archive {label} ({size}) as a file", Timing.of(to_file, runs)))
            figures.append(Figure("papers", f"archive {label} ({size}) as bytea", Timing.of(to_server, runs)))
            some = folder / "0.pdf"
            figures.append(Figure("papers", f"read {label} from its file", Timing.of(some.read_bytes, runs)))
            figures.append(
                Figure(
                    "papers",
                    f"read {label} from bytea",
                    Timing.of(
                        lambda label=label: server.execute(
                            "SELECT content FROM paper WHERE name = %s ORDER BY id LIMIT 1", (label,)
                        ).fetchone(),
                        runs,
                    ),
                )
            )
        server.close()
        dump = work / "papers.dump"
        subprocess.run(["pg_dump", "-Fc", "-f", str(dump), "-d", name], check=True)
        stored = sum(len(content) for content in papers.values()) * (runs + 1)
        print(f"pg_dump -Fc with {2 * (runs + 1)} papers as bytea: {dump.stat().st_size / 1e6:.1f} MB "
              f"for {stored / 1e6:.1f} MB of papers")  # fmt: skip
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    print(machine())
    emit(figures, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
