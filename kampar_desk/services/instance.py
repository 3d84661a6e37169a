"""One running copy per data folder: an OS file lock, released by the OS itself when the holder dies."""

from __future__ import annotations

from filelock import FileLock, Timeout

from kampar_desk.domain.errors import AlreadyRunning
from kampar_desk.paths import AppPaths
from kampar_desk.store.faults import storage_error


class DataFolderLock:
    """Held while a Kampar Desk works on a data folder; a second one is refused instead of racing the first."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        # A hard OS lock only: a lock-file-exists "soft" lock would outlive a power cut and keep the app shut.
        self._lock = FileLock(str(paths.lock_file), timeout=0, thread_local=False, fallback_to_soft=False)

    def acquire(self) -> DataFolderLock:
        try:
            self.paths.lock_file.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)
        except Timeout:  # an OSError too: caught first
            raise AlreadyRunning(
                f"Kampar Desk sudah terbuka untuk folder data {self.paths.data_dir} (di jendela lain atau oleh "
                "perintah lain). Gunakan jendela yang sudah terbuka; bila tidak terlihat, tunggu sebentar lalu "
                "coba lagi."
            ) from None
        except OSError as error:  # a read-only or vanished folder: say so, as for the database itself
            fault = storage_error(error, self.paths.data_dir)
            if fault is None:
                raise
            raise fault from error
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> DataFolderLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
