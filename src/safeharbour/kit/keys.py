"""Key material: session secret, field-encryption keys and the platform's Ed25519 signing key.

Each comes from its `SAFEHARBOUR_*` variable or is generated once into `<data dir>/keys/`
(mode 0600). Generation is race-free (create-exclusive, then link), so a CLI command and the
server started at the same moment end up with the same key.

Rotation of the encryption keys: put a new Fernet key first in `SAFEHARBOUR_ENCRYPTION_KEYS`
(or first line of `keys/encryption.keys`), keep the old ones after it, run
`safeharbour keys rotate-encryption`, then drop the old keys. See docs/operations.md.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from safeharbour.config import Settings
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.private_files import FILE_MODE, private_directory


def _read_or_create(path: Path, make: bytes) -> bytes:
    private_directory(path.parent)
    if path.exists():
        os.chmod(path, FILE_MODE)
        return path.read_bytes()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.write(fd, make)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # atomic and fails if another process won the race
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


class FieldCipher:
    """Encrypts personal-data fields at rest (Fernet, rotation through MultiFernet)."""

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise InvalidInput("at least one encryption key is needed", field="encryption_keys")
        try:
            self._fernet = MultiFernet([Fernet(k) for k in keys])
        except ValueError as exc:
            raise InvalidInput(
                f"bad encryption key: {exc}", field="SAFEHARBOUR_ENCRYPTION_KEYS"
            ) from None

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise InvalidInput(
                "encrypted field cannot be decrypted with the configured keys",
                field="SAFEHARBOUR_ENCRYPTION_KEYS",
            ) from None

    def rotate(self, token: str) -> str:
        """Re-encrypt under the primary key (no-op in effect if it already is)."""
        return self._fernet.rotate(token.encode("ascii")).decode("ascii")


class PlatformSigner:
    """The platform's Ed25519 key: signs disclosure packages and transparency roots."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._key.public_key()

    @property
    def public_key_raw(self) -> bytes:
        return self.public_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key_raw).decode("ascii")


@dataclass(frozen=True)
class KeyRing:
    secret_key: bytes
    cipher: FieldCipher
    signer: PlatformSigner


def load_keys(settings: Settings) -> KeyRing:
    keys_dir = settings.keys_dir
    if settings.secret_key:
        secret = settings.secret_key.encode("utf-8")
    else:
        secret = _read_or_create(keys_dir / "secret.key", secrets.token_urlsafe(48).encode())
    secret = secret.strip()

    if settings.encryption_keys:
        enc_lines = [k.strip() for k in settings.encryption_keys.split(",") if k.strip()]
    else:
        raw = _read_or_create(keys_dir / "encryption.keys", Fernet.generate_key() + b"\n")
        enc_lines = [k.strip() for k in raw.decode("ascii").splitlines() if k.strip()]
    cipher = FieldCipher([k.encode("ascii") for k in enc_lines])

    if settings.signing_key:
        try:
            seed = base64.b64decode(settings.signing_key, validate=True)
            private = Ed25519PrivateKey.from_private_bytes(seed)
        except ValueError:
            raise InvalidInput(
                "must be base64 of a raw 32-byte Ed25519 private key",
                field="SAFEHARBOUR_SIGNING_KEY",
            ) from None
    else:
        generated = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        seed_b64 = _read_or_create(
            keys_dir / "signing.ed25519", base64.b64encode(generated) + b"\n"
        )
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(seed_b64.strip()))
    return KeyRing(secret_key=secret, cipher=cipher, signer=PlatformSigner(private))
