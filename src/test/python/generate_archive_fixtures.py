#!/usr/bin/env python3
"""Write the archive fixtures the Java tests read from src/test/resources/archive-fixtures/.

Python's own zipfile and tarfile write the well-formed archives, because they are what PyPI and
pip read with; the malformed ones are made from those by byte surgery, one defect each, so that
every rejection reason of the spec's archive rules has a file that triggers it and nothing else.

Run from anywhere:  python3 src/test/python/generate_archive_fixtures.py [--real-builds]

--real-builds also builds the sample project in src/test/python/sample_project with the real
tools (`python3 -m build`, which needs `pip install build` and access to PyPI) and writes the
results under real/. Everything else is deterministic: same Python, same bytes.
"""

import gzip
import hashlib
import base64
import io
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import warnings
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "resources" / "archive-fixtures"
NAME, VERSION = "demo_pkg", "1.0"
DIST_INFO = f"{NAME}-{VERSION}.dist-info"
TOP = f"{NAME}-{VERSION}"
DATE = (2024, 1, 1, 0, 0, 0)
MTIME = 1704067200
MIB = 1024 * 1024

METADATA = (
    b"Metadata-Version: 2.4\n"
    b"Name: demo-pkg\n"
    b"Version: 1.0\n"
    b"Summary: A demo package for Larder's archive tests\n"
    b"License-File: LICENSE\n"
    b"\n"
    b"Demo description.\n"
)
WHEEL = b"Wheel-Version: 1.0\nGenerator: larder-fixtures\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
ENTRY_POINTS = b"[console_scripts]\ndemo = demo_pkg:main\n\n[demo.plugins]\nfirst = demo_pkg.plugins:first\n"
LICENSE = b"MIT License\n\nCopyright (c) 2024 Demo\n"
PKG_INFO = METADATA


# ---------------------------------------------------------------- wheels (zipfile)

def wheel_files(**replace):
    """The members of a good wheel, in the order a builder writes them, RECORD last."""
    files = {
        f"{NAME}/__init__.py": b"def main():\n    print('demo')\n",
        f"{NAME}/plugins.py": b"def first():\n    return 1\n",
        f"{DIST_INFO}/METADATA": METADATA,
        f"{DIST_INFO}/WHEEL": WHEEL,
        f"{DIST_INFO}/entry_points.txt": ENTRY_POINTS,
        f"{DIST_INFO}/licenses/LICENSE": LICENSE,
    }
    for key, value in replace.items():
        path = key.replace("__", "/").replace("DISTINFO", DIST_INFO)
        if value is None:
            files.pop(path, None)
        else:
            files[path] = value
    return files


def record(files):
    lines = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        lines.append(f"{path},sha256={digest},{len(data)}")
    lines.append(f"{DIST_INFO}/RECORD,,")
    return ("\n".join(lines) + "\n").encode()


def with_record(files):
    files = dict(files)
    files[f"{DIST_INFO}/RECORD"] = record(files)
    return files


def zip_bytes(files, compression=zipfile.ZIP_DEFLATED, tweak=None):
    """A zip written by Python's zipfile; tweak(info) may adjust each ZipInfo before writing."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are wanted in one fixture
        with zipfile.ZipFile(buffer, "w") as archive:
            for path, data in (files.items() if isinstance(files, dict) else files):
                info = zipfile.ZipInfo(path, DATE)
                info.compress_type = compression
                info.external_attr = 0o644 << 16
                if tweak:
                    tweak(info)
                archive.writestr(info, data)
    return buffer.getvalue()


def good_wheel(compression=zipfile.ZIP_DEFLATED, **replace):
    return zip_bytes(with_record(wheel_files(**replace)), compression)


# ---------------------------------------------------------------- zip byte surgery

class Zip:
    """Offsets of the records of a well-formed zip without archive comment, for patching."""

    def __init__(self, data):
        self.data = bytearray(data)
        self.eocd = len(data) - 22
        assert self.data[self.eocd:self.eocd + 4] == b"PK\x05\x06"
        self.cd_size, self.cd_offset = struct.unpack_from("<II", self.data, self.eocd + 12)

    def central(self):
        """(offset, name, local offset) of each central directory record."""
        records, at = [], self.cd_offset
        while at < self.cd_offset + self.cd_size:
            n, m, k = struct.unpack_from("<HHH", self.data, at + 28)
            local = struct.unpack_from("<I", self.data, at + 42)[0]
            records.append((at, bytes(self.data[at + 46:at + 46 + n]), local))
            at += 46 + n + m + k
        return records

    def entry(self, name):
        for cd, entry_name, local in self.central():
            if entry_name == name.encode():
                return cd, local
        raise KeyError(name)

    def patch_both(self, name, local_field, central_field, fmt, value):
        cd, local = self.entry(name)
        struct.pack_into(fmt, self.data, local + local_field, value)
        struct.pack_into(fmt, self.data, cd + central_field, value)

    def bytes(self):
        return bytes(self.data)


LOCAL_FLAGS, CENTRAL_FLAGS = 6, 8
LOCAL_CSIZE, CENTRAL_CSIZE = 18, 20
LOCAL_USIZE, CENTRAL_USIZE = 22, 24


def rebuild(locals_, centrals, comment=b""):
    """Concatenate local records and central records and append a matching end record."""
    body = b"".join(locals_)
    cd = b"".join(centrals)
    return body + cd + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(centrals), len(centrals),
                                   len(cd), len(body), len(comment)) + comment


def split_zip(data):
    """(list of local records, list of central records) of a well-formed zip."""
    z = Zip(data)
    central = z.central()
    starts = sorted(local for _, _, local in central) + [z.cd_offset]
    locals_ = [data[starts[i]:starts[i + 1]] for i in range(len(starts) - 1)]
    ends = [cd for cd, _, _ in central] + [z.cd_offset + z.cd_size]
    centrals = [data[ends[i]:ends[i + 1]] for i in range(len(ends) - 1)]
    return locals_, centrals


def unicode_path_extra(header_name, unicode_name):
    payload = struct.pack("<BI", 1, zlib.crc32(header_name.encode())) + unicode_name
    return struct.pack("<HH", 0x7075, len(payload)) + payload


# ---------------------------------------------------------------- hand-written ZIP64

def zip64_bytes(files, eocd64_size=44, compressed_size_override=None):
    """A small but complete ZIP64 archive: ZIP64 extras in every local and central record,
    0xFFFFFFFF markers in the 32-bit fields, and ZIP64 end record, locator and end record."""
    out = bytearray()
    centrals = []
    for path, data in files.items():
        name = path.encode()
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
        csize = len(packed) if compressed_size_override is None or path not in compressed_size_override \
            else compressed_size_override[path]
        crc = zlib.crc32(data)
        offset = len(out)
        local_extra = struct.pack("<HHQQ", 1, 16, len(data), csize)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 45, 0, 8, 0, 0x5821, crc,
                           0xFFFFFFFF, 0xFFFFFFFF, len(name), len(local_extra)) + name + local_extra + packed
        central_extra = struct.pack("<HHQQQ", 1, 24, len(data), csize, offset)
        centrals.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 0x031E, 45, 0, 8, 0, 0x5821, crc,
                                    0xFFFFFFFF, 0xFFFFFFFF, len(name), len(central_extra), 0, 0, 0,
                                    0o644 << 16, 0xFFFFFFFF) + name + central_extra)
    cd_offset = len(out)
    cd = b"".join(centrals)
    out += cd
    eocd64_offset = len(out)
    out += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", eocd64_size, 45, 45, 0, 0, len(centrals), len(centrals),
                       len(cd), cd_offset)
    out += struct.pack("<4sIQI", b"PK\x06\x07", 0, eocd64_offset, 1)
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return bytes(out)


class Unseekable(io.RawIOBase):
    """A write-only stream: zipfile then streams entries with data descriptors, as Java does."""

    def __init__(self):
        self.buffer = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.buffer += data
        return len(data)


def data_descriptor_wheel():
    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in with_record(wheel_files()).items():
            archive.writestr(zipfile.ZipInfo(path, DATE), data)
    data = bytes(stream.buffer)
    assert struct.unpack_from("<H", data, 6)[0] & 0x08, "expected a data descriptor"
    return data


def wheels():
    out = {}
    out["good.whl"] = good_wheel()
    out["good-stored.whl"] = good_wheel(zipfile.ZIP_STORED)
    out["good-zip64.whl"] = zip64_bytes(with_record(wheel_files()))
    out["good-archive-comment.whl"] = Zip(good_wheel()).bytes()[:-2] + struct.pack("<H", 7) + b"comment"
    out["record-mismatch.whl"] = zip_bytes({**with_record(wheel_files()), f"{NAME}/unlisted.py": b"x = 1\n"})

    out["data-descriptor.whl"] = data_descriptor_wheel()
    files = list(with_record(wheel_files()).items())
    out["duplicate-local.whl"] = zip_bytes(files[:1] + files)

    locals_, centrals = split_zip(good_wheel())
    out["duplicate-central.whl"] = rebuild(locals_, centrals[:1] + centrals)
    out["missing-local.whl"] = rebuild(locals_[:-1], centrals)
    out["not-in-central.whl"] = rebuild(locals_, centrals[:-1])
    out["unknown-signature.whl"] = b"JUNK" + good_wheel()
    out["trailing-data.whl"] = good_wheel() + b"trailing"

    z = Zip(good_wheel())
    cd, local = z.entry(f"{NAME}/plugins.py")
    struct.pack_into("<I", z.data, local + LOCAL_CSIZE, struct.unpack_from("<I", z.data, local + LOCAL_CSIZE)[0] + 1)
    out["mismatched-data-size.whl"] = z.bytes()
    z = Zip(good_wheel())
    cd, local = z.entry(f"{NAME}/plugins.py")
    struct.pack_into("<I", z.data, local + LOCAL_USIZE, 999)
    out["mismatched-file-size.whl"] = z.bytes()

    z = Zip(good_wheel())
    struct.pack_into("<HH", z.data, z.eocd + 8, 3, 3)
    out["mismatched-records.whl"] = z.bytes()
    z = Zip(good_wheel())
    struct.pack_into("<I", z.data, z.eocd + 16, z.cd_offset - 1)
    out["mismatched-offset.whl"] = z.bytes()

    def comment(info):
        if info.filename.endswith("plugins.py"):
            info.comment = b"a comment"
    out["comment-in-central-directory.whl"] = zip_bytes(with_record(wheel_files()), tweak=comment)

    out["invalid-character.whl"] = good_wheel(**{f"{NAME}__bad\x01name.py": b"x = 1\n"})
    bad_utf8 = f"{NAME}/unicode.py"

    def invalid_unicode_extra(info):
        if info.filename == bad_utf8:
            info.extra = unicode_path_extra(bad_utf8, b"\xff\xfe.py")
    out["unicode-extra-not-utf8.whl"] = zip_bytes(with_record(wheel_files(**{f"{NAME}__unicode.py": b""})),
                                                  tweak=invalid_unicode_extra)

    def duplicate_unicode_extra(info):
        if info.filename == bad_utf8:
            extra = unicode_path_extra(bad_utf8, bad_utf8.encode())
            info.extra = extra + extra
    out["duplicate-extra.whl"] = zip_bytes(with_record(wheel_files(**{f"{NAME}__unicode.py": b""})),
                                           tweak=duplicate_unicode_extra)

    def renaming_unicode_extra(info):
        if info.filename == bad_utf8:
            info.extra = unicode_path_extra(bad_utf8, f"{NAME}/other.py".encode())
    out["unicode-extra-renames.whl"] = zip_bytes(with_record(wheel_files(**{f"{NAME}__unicode.py": b""})),
                                                 tweak=renaming_unicode_extra)

    data = bytearray(good_wheel(**{f"{NAME}__bXd.py": b"x = 1\n"}))
    marker = f"{NAME}/bXd.py".encode()
    for _ in range(2):  # local header and central directory
        at = data.find(marker)
        data[at + len(NAME) + 2] = 0xFF
    out["filename-not-unicode.whl"] = bytes(data)

    out["zip64-extensible-data.whl"] = zip64_bytes(with_record(wheel_files()), eocd64_size=52)
    out["negative-offset.whl"] = zip64_bytes(with_record(wheel_files()),
                                             compressed_size_override={f"{NAME}/plugins.py": 1 << 63})
    z = Zip(good_wheel())
    z.patch_both(f"{NAME}/plugins.py", LOCAL_CSIZE, CENTRAL_CSIZE, "<I", 0x7FFFFFF0)
    out["malformed.whl"] = z.bytes()

    out["bzip2.whl"] = good_wheel(zipfile.ZIP_BZIP2)
    out["lzma.whl"] = good_wheel(zipfile.ZIP_LZMA)

    z = Zip(good_wheel())
    z.patch_both(f"{NAME}/plugins.py", LOCAL_USIZE, CENTRAL_USIZE, "<I", 100 * MIB)
    out["bomb-declared.whl"] = z.bytes()

    z = Zip(zip_bytes(with_record(wheel_files(**{"DISTINFO__METADATA": b"Name: demo-pkg\n" * 70_000}))))
    z.patch_both(f"{DIST_INFO}/METADATA", LOCAL_USIZE, CENTRAL_USIZE, "<I", 100)
    out["metadata-inflates-beyond-declared.whl"] = z.bytes()

    out["parent-reference.whl"] = good_wheel(**{f"{NAME}__..__..__evil.py": b"x = 1\n"})
    out["absolute-path.whl"] = zip_bytes(with_record(wheel_files()) | {"/etc/evil.py": b"x = 1\n"})
    out["backslash.whl"] = zip_bytes(with_record(wheel_files()) | {f"{NAME}\\evil.py": b"x = 1\n"})

    def symlink(info):
        if info.filename.endswith("plugins.py"):
            info.external_attr = 0o120777 << 16
    out["symlink.whl"] = zip_bytes(with_record(wheel_files()), tweak=symlink)

    z = Zip(good_wheel())
    z.patch_both(f"{NAME}/plugins.py", LOCAL_FLAGS, CENTRAL_FLAGS, "<H", 0x0001)
    out["encrypted.whl"] = z.bytes()

    out["missing-wheel.whl"] = good_wheel(DISTINFO__WHEEL=None)
    out["missing-record.whl"] = zip_bytes(wheel_files())
    out["record-not-utf8.whl"] = zip_bytes(wheel_files() | {f"{DIST_INFO}/RECORD": b"demo_pkg/\xff.py,,\n"})
    out["record-field-too-large.whl"] = zip_bytes(wheel_files() | {f"{DIST_INFO}/RECORD": b"a" * 131_073 + b",,\n"})
    out["missing-metadata.whl"] = good_wheel(DISTINFO__METADATA=None)
    out["entry-points-bad-name.whl"] = good_wheel(
        **{"DISTINFO__entry_points.txt": b"[console_scripts]\n../evil = demo_pkg:main\n"})
    out["entry-points-no-section.whl"] = good_wheel(**{"DISTINFO__entry_points.txt": b"demo = demo_pkg:main\n"})
    out["entry-points-no-equals.whl"] = good_wheel(
        **{"DISTINFO__entry_points.txt": b"[console_scripts]\ndemo: demo_pkg:main\n"})
    out["entry-points-not-utf8.whl"] = good_wheel(
        **{"DISTINFO__entry_points.txt": b"[console_scripts]\ndemo = demo_pkg:m\xe9in\n"})
    out["not-a-zip.whl"] = b"This is not a zip file at all.\n" * 10
    return out


# ---------------------------------------------------------------- sdists (tarfile)

def sdist_members():
    """(TarInfo, data) pairs of a good sdist."""
    members = [directory(TOP), regular(f"{TOP}/PKG-INFO", PKG_INFO), regular(f"{TOP}/LICENSE", LICENSE),
               directory(f"{TOP}/src"), regular(f"{TOP}/src/{NAME}.py", b"def main():\n    pass\n"),
               regular(f"{TOP}/pyproject.toml", b"[project]\nname = 'demo-pkg'\nversion = '1.0'\n")]
    link = tarfile.TarInfo(f"{TOP}/src/pkg-info-link")
    link.type, link.linkname, link.mtime = tarfile.SYMTYPE, "../PKG-INFO", MTIME
    members.append((link, None))
    return members


def regular(name, data, **pax):
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), MTIME, 0o644
    if pax:
        info.pax_headers = pax
    return info, data


def directory(name):
    info = tarfile.TarInfo(name)
    info.type, info.mtime, info.mode = tarfile.DIRTYPE, MTIME, 0o755
    return info, None


def tar_bytes(members, fmt=tarfile.PAX_FORMAT, pax_headers=None):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt, pax_headers=pax_headers or {}) as archive:
        for info, data in members:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return buffer.getvalue()


def gz(data):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as out:
        out.write(data)
    return buffer.getvalue()


def special(name, kind, linkname=""):
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.mtime = kind, linkname, MTIME
    return info, None


def header_block(info, fmt=tarfile.GNU_FORMAT):
    return info.tobuf(fmt, tarfile.ENCODING, "surrogateescape")


def with_checksum(block):
    """Recompute a tar header checksum the way tarfile writes it: six octal digits, NUL, space."""
    block = bytearray(block)
    block[148:156] = b" " * 8
    block[148:155] = b"%06o\0" % sum(block)
    return bytes(block)


def raw_tar(members):
    """Header blocks and padded data of members, without end-of-archive blocks."""
    out = b""
    for info, data in members:
        out += header_block(info)
        if data:
            out += data + b"\0" * (-len(data) % 512)
    return out


def gnu_sparse_member():
    info = tarfile.TarInfo(f"{TOP}/sparse.bin")
    info.size, info.mtime = 0, MTIME
    block = bytearray(header_block(info))
    block[156:157] = b"S"
    return with_checksum(block)


def long_name_chain(count):
    """count GNU long-name records in a row, then a regular member: deeper than any real archive."""
    out = b""
    for i in range(count):
        name = f"{TOP}/chain-{i}.txt".encode() + b"\0"
        info = tarfile.TarInfo("././@LongLink")
        info.type, info.size = tarfile.GNUTYPE_LONGNAME, len(name)
        out += header_block(info) + name + b"\0" * (512 - len(name))
    info, data = regular(f"{TOP}/after-chain.txt", b"x")
    return out + header_block(info) + data + b"\0" * 511


class Zeros(io.RawIOBase):
    def __init__(self, size):
        self.left = size

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def bomb_tar_gz():
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as compressed:
        with tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive:
            for info, data in sdist_members():
                archive.addfile(info, io.BytesIO(data) if data is not None else None)
            info = tarfile.TarInfo(f"{TOP}/zeros.bin")
            info.size, info.mtime = 70 * MIB, MTIME
            archive.addfile(info, Zeros(info.size))
    return buffer.getvalue()


def sdists():
    out = {}
    good = tar_bytes(sdist_members())
    out["good.tar.gz"] = gz(good)
    long_name = f"{TOP}/src/" + "a_rather_long_directory_name/" * 4 + "module_with_a_long_name.py"
    out["good-pax-long-names.tar.gz"] = gz(tar_bytes(sdist_members() + [regular(long_name, b"x = 1\n")],
                                                     pax_headers={"comment": "0123456789abcdef"}))
    out["good-gnu-long-names.tar.gz"] = gz(tar_bytes(sdist_members() + [regular(long_name, b"x = 1\n")],
                                                     fmt=tarfile.GNU_FORMAT))
    out["good-two-gzip-members.tar.gz"] = gz(good[:10240]) + b"\0\0" + gz(good[10240:])
    out["not-a-tar.tar.gz"] = b"definitely not a tarball\n" * 40
    big = gz(tar_bytes(sdist_members() + [regular(f"{TOP}/noise.bin", bytes(range(256)) * 400)]))
    out["truncated.tar.gz"] = big[: len(big) // 2]
    out["bad-crc.tar.gz"] = big[:-8] + bytes(b ^ 0xFF for b in big[-8:-4]) + big[-4:]
    out["sparse-gnu.tar.gz"] = gz(raw_tar(sdist_members()) + gnu_sparse_member() + b"\0" * 1024)
    sparse_map = b"1\n0\n5\n".ljust(512, b"\0") + b"hello"
    out["sparse-pax.tar.gz"] = gz(tar_bytes(sdist_members() + [regular(
        f"{TOP}/GNUSparseFile.0/sparse.bin", sparse_map, **{
            "GNU.sparse.major": "1", "GNU.sparse.minor": "0",
            "GNU.sparse.name": f"{TOP}/sparse.bin", "GNU.sparse.realsize": "5"})]))
    out["multiple-top-level.tar.gz"] = gz(tar_bytes(sdist_members() + [regular("other-1.0/PKG-INFO", PKG_INFO)]))
    out["members-at-root.tar.gz"] = gz(tar_bytes([regular("PKG-INFO", PKG_INFO), regular("setup.py", b"")]))
    out["missing-pkg-info.tar.gz"] = gz(tar_bytes([m for m in sdist_members() if not m[0].name.endswith("PKG-INFO")]))
    out["parent-reference.tar.gz"] = gz(tar_bytes(sdist_members() + [regular(f"{TOP}/../evil.py", b"")]))
    out["absolute-path.tar.gz"] = gz(tar_bytes([(directory("/" + TOP)[0], None),
                                                regular(f"/{TOP}/PKG-INFO", PKG_INFO)]))
    out["symlink-outside.tar.gz"] = gz(tar_bytes(sdist_members() + [special(
        f"{TOP}/src/escape", tarfile.SYMTYPE, "../../../etc/passwd")]))
    out["hardlink-outside.tar.gz"] = gz(tar_bytes(sdist_members() + [special(
        f"{TOP}/src/escape", tarfile.LNKTYPE, "etc/passwd")]))
    out["device.tar.gz"] = gz(tar_bytes(sdist_members() + [special(f"{TOP}/console", tarfile.CHRTYPE)]))
    out["bomb.tar.gz"] = bomb_tar_gz()
    out["oversized-pax-header.tar.gz"] = gz(tar_bytes(sdist_members() + [regular(
        f"{TOP}/big-header.txt", b"x", comment="y" * 100_000)]))
    out["header-chain.tar.gz"] = gz(raw_tar(sdist_members()) + long_name_chain(12) + b"\0" * 1024)

    sdist_zip = {f"{TOP}/PKG-INFO": PKG_INFO, f"{TOP}/LICENSE": LICENSE, f"{TOP}/src/{NAME}.py": b"pass\n"}
    out["good.zip"] = zip_bytes(sdist_zip)
    out["missing-pkg-info.zip"] = zip_bytes({k: v for k, v in sdist_zip.items() if not k.endswith("PKG-INFO")})
    out["multiple-top-level.zip"] = zip_bytes(sdist_zip | {"other-1.0/PKG-INFO": PKG_INFO})
    out["trailing-data.zip"] = zip_bytes(sdist_zip) + b"trailing"


    polyglot_tar = tar_bytes(sdist_members())
    out["both-zip-and-tar.tar.gz"] = gz(polyglot_tar) + good_wheel()
    return out


def both_zip_and_tar_wheel():
    return tar_bytes(sdist_members()) + good_wheel()


# ---------------------------------------------------------------- sanity checks and real builds

def check_python_agrees(fixtures):
    """The good fixtures must be good for Python too, and the data-bearing bad ones readable."""
    for name in ("good.whl", "good-stored.whl", "good-zip64.whl", "good-archive-comment.whl", "good.zip"):
        with zipfile.ZipFile(io.BytesIO(fixtures[name])) as archive:
            assert archive.testzip() is None, name
    for name in ("good.tar.gz", "good-pax-long-names.tar.gz", "good-gnu-long-names.tar.gz",
                 "good-two-gzip-members.tar.gz", "header-chain.tar.gz"):
        with tarfile.open(fileobj=io.BytesIO(fixtures[name]), mode="r:gz") as archive:
            assert f"{TOP}/PKG-INFO" in archive.getnames(), name
    for name in ("sparse-gnu.tar.gz", "sparse-pax.tar.gz"):
        with tarfile.open(fileobj=io.BytesIO(fixtures[name]), mode="r:gz") as archive:
            assert any(member.issparse() for member in archive.getmembers()), name


HATCHLING_BUILD_SYSTEM = '[build-system]\nrequires = ["hatchling>=1.27"]\nbuild-backend = "hatchling.build"\n'


def real_builds():
    """Build the sample project with setuptools and, as 0.3.2, with hatchling: two real backends."""
    project = HERE / "sample_project"
    target = OUT / "real"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as work:
        for variant in ("setuptools", "hatchling"):
            source = Path(work) / variant
            shutil.copytree(project, source)
            if variant == "hatchling":
                pyproject = (source / "pyproject.toml").read_text()
                build_system_end = pyproject.index("[project]")
                pyproject = HATCHLING_BUILD_SYSTEM + "\n" + pyproject[build_system_end:]
                (source / "pyproject.toml").write_text(pyproject.replace('version = "0.3.1"', 'version = "0.3.2"'))
            dist = Path(work) / f"dist-{variant}"
            subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(source)], check=True)
            for built in dist.iterdir():
                shutil.copy2(built, target / built.name)
                print("real", built.name, built.stat().st_size)


def main():
    fixtures = {}
    fixtures.update({f"wheel/{k}": v for k, v in wheels().items()})
    fixtures["wheel/both-zip-and-tar.whl"] = both_zip_and_tar_wheel()
    fixtures.update({f"sdist/{k}": v for k, v in sdists().items()})
    check_python_agrees({k.split("/", 1)[1]: v for k, v in fixtures.items()})
    for directory_name in ("wheel", "sdist"):
        shutil.rmtree(OUT / directory_name, ignore_errors=True)
        (OUT / directory_name).mkdir(parents=True)
    total = 0
    for path, data in sorted(fixtures.items()):
        (OUT / path).write_bytes(data)
        total += len(data)
    print(f"wrote {len(fixtures)} fixtures, {total} bytes, to {OUT}")
    if "--real-builds" in sys.argv:
        real_builds()


if __name__ == "__main__":
    main()
