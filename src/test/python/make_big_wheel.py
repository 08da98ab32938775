"""Write a valid, pure-Python wheel whose payload is SIZE_MB of random (incompressible) bytes.

Used by Larder's crash tests, which need an upload that takes long enough to interrupt.
Usage: make_big_wheel.py OUT_DIR NAME VERSION SIZE_MB  (prints the wheel's path)
"""
import base64
import hashlib
import os
import sys
import zipfile


def record_hash(data_hash):
    return "sha256=" + base64.urlsafe_b64encode(data_hash.digest()).rstrip(b"=").decode()


def main():
    out_dir, name, version, size_mb = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    module = name.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    path = os.path.join(out_dir, f"{module}-{version}-py3-none-any.whl")
    small = {
        f"{module}/__init__.py": b'"""A package whose only content is a large blob of random bytes."""\n',
        f"{dist_info}/METADATA": (
            f"Metadata-Version: 2.4\nName: {name}\nVersion: {version}\n"
            "Summary: A large random payload for crash tests\nRequires-Python: >=3.8\n"
        ).encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: make_big_wheel\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    records = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(f"{module}/__init__.py", small[f"{module}/__init__.py"])
        blob_name = f"{module}/blob.bin"
        digest = hashlib.sha256()
        remaining = size_mb * 1024 * 1024
        with zf.open(blob_name, "w") as blob:
            while remaining > 0:
                chunk = os.urandom(min(remaining, 1 << 20))
                digest.update(chunk)
                blob.write(chunk)
                remaining -= len(chunk)
        records.append(f"{blob_name},{record_hash(digest)},{size_mb * 1024 * 1024}")
        for entry, data in small.items():
            if entry != f"{module}/__init__.py":
                zf.writestr(entry, data)
        for entry, data in small.items():
            records.append(f"{entry},{record_hash(hashlib.sha256(data))},{len(data)}")
        records.append(f"{dist_info}/RECORD,,")
        zf.writestr(f"{dist_info}/RECORD", "\n".join(records) + "\n")
    print(path)


if __name__ == "__main__":
    main()
